package fr.caleol.committee.domain;

import fr.caleol.base.domain.AbstractEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The minutes (procès-verbal) of a sitting. Recorded facts are never stored here: they are read from the sitting's
 * records each time the document is built. Only the secretary's free text, the workflow and, once published, the
 * frozen PDF and its SHA-256 live in this row. An erratum is a new minutes row referencing the published one.
 */
@Entity
@Table(name = "minutes")
public class Minutes extends AbstractEntity {

    public static final int TEXT_MAX = 20_000;
    public static final int COMMENT_MAX = 1000;

    @Column(name = "sitting_id", nullable = false)
    private Long sittingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MinutesState state = MinutesState.DRAFT;

    @Column(name = "opening_remarks", columnDefinition = "text")
    private String openingRemarks;

    @Column(name = "closing_remarks", columnDefinition = "text")
    private String closingRemarks;

    @Column(name = "president_comment", length = COMMENT_MAX)
    private String presidentComment;

    @Column(name = "excused_seats", length = 1000)
    private String excusedSeats;

    @Column(name = "erratum_of_id")
    private Long erratumOfId;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 64)
    private String publishedBy;

    @Column(name = "pdf_sha256", length = 64)
    private String pdfSha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "pdf", columnDefinition = "longblob")
    private byte[] pdf;

    protected Minutes() {}

    public Minutes(Long sittingId, Long erratumOfId) {
        this.sittingId = sittingId;
        this.erratumOfId = erratumOfId;
    }

    /** Refuses any change once published: the minutes are frozen. */
    public void requireEditable() {
        if (state == MinutesState.PUBLISHED) {
            throw new IllegalStateException("Published minutes are frozen");
        }
    }

    public boolean isPublished() {
        return state == MinutesState.PUBLISHED;
    }

    public void setFreeText(String openingRemarks, String closingRemarks) {
        requireEditable();
        this.openingRemarks = openingRemarks;
        this.closingRemarks = closingRemarks;
    }

    public String getExcusedSeats() {
        return excusedSeats;
    }

    public void setExcusedSeats(String excusedSeats) {
        requireEditable();
        this.excusedSeats = excusedSeats;
    }

    public void setState(MinutesState state) {
        requireEditable();
        this.state = state;
    }

    public void setPresidentComment(String presidentComment) {
        requireEditable();
        this.presidentComment = presidentComment;
    }

    public void publish(Instant at, String by, byte[] pdf, String sha256) {
        requireEditable();
        this.state = MinutesState.PUBLISHED;
        this.publishedAt = at;
        this.publishedBy = by;
        this.pdf = pdf;
        this.pdfSha256 = sha256;
    }

    public Long getSittingId() {
        return sittingId;
    }

    public MinutesState getState() {
        return state;
    }

    public String getOpeningRemarks() {
        return openingRemarks;
    }

    public String getClosingRemarks() {
        return closingRemarks;
    }

    public String getPresidentComment() {
        return presidentComment;
    }

    public Long getErratumOfId() {
        return erratumOfId;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public String getPdfSha256() {
        return pdfSha256;
    }

    public byte[] getPdf() {
        return pdf;
    }
}
