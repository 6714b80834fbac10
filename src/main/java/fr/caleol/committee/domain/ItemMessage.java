package fr.caleol.committee.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message of the discussion thread of an agenda item, kept for the minutes. */
@Entity
@Table(name = "item_message")
public class ItemMessage {

    public static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Column(name = "seat_id", nullable = false)
    private Long seatId;

    @Column(name = "author_name", nullable = false, length = 128)
    private String authorName;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    protected ItemMessage() {}

    public ItemMessage(Long itemId, Long seatId, String authorName, Instant postedAt, String text) {
        this.itemId = itemId;
        this.seatId = seatId;
        this.authorName = authorName;
        this.postedAt = postedAt;
        this.text = text;
    }

    public Long getId() {
        return id;
    }

    public Long getItemId() {
        return itemId;
    }

    public Long getSeatId() {
        return seatId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public String getText() {
        return text;
    }
}
