package fr.caleol.committee.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The secretary's note on one agenda item of the minutes (free text, never a recorded fact). */
@Entity
@Table(name = "minutes_item_note")
public class MinutesNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "minutes_id", nullable = false)
    private Long minutesId;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Column(nullable = false, columnDefinition = "text")
    private String note;

    protected MinutesNote() {}

    public MinutesNote(Long minutesId, Long itemId, String note) {
        this.minutesId = minutesId;
        this.itemId = itemId;
        this.note = note;
    }

    public Long getMinutesId() {
        return minutesId;
    }

    public Long getItemId() {
        return itemId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
