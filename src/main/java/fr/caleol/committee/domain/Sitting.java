package fr.caleol.committee.domain;

import fr.caleol.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** A sitting of a committee: its date, mode, state and the item under review. */
@Entity
@Table(name = "sitting")
public class Sitting extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "committee_id")
    private Committee committee;

    @Column(name = "sitting_date", nullable = false)
    private LocalDate date;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SittingMode mode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SittingState state = SittingState.DRAFT;

    /** Written procedure: when the vote window opens and closes. */
    @Column(name = "written_opens_at")
    private Instant writtenOpensAt;

    @Column(name = "written_closes_at")
    private Instant writtenClosesAt;

    @Column(name = "current_item_id")
    private Long currentItemId;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "video_url", length = VideoLink.MAX)
    private String videoUrl;

    protected Sitting() {}

    public Sitting(Committee committee, LocalDate date, LocalTime startTime, SittingMode mode) {
        this.committee = committee;
        this.date = date;
        this.startTime = startTime;
        this.mode = mode;
    }

    public Committee getCommittee() {
        return committee;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public SittingMode getMode() {
        return mode;
    }

    public SittingState getState() {
        return state;
    }

    public void setState(SittingState state) {
        this.state = state;
    }

    public Instant getWrittenOpensAt() {
        return writtenOpensAt;
    }

    public Instant getWrittenClosesAt() {
        return writtenClosesAt;
    }

    public void setWrittenWindow(Instant opensAt, Instant closesAt) {
        this.writtenOpensAt = opensAt;
        this.writtenClosesAt = closesAt;
    }

    /** The audio/video conference's address ({@link VideoLink}), or null. */
    public String getVideoUrl() {
        return videoUrl;
    }

    public void setVideoUrl(String videoUrl) {
        this.videoUrl = VideoLink.parse(videoUrl).orElse(null);
    }

    public Long getCurrentItemId() {
        return currentItemId;
    }

    public void setCurrentItemId(Long currentItemId) {
        this.currentItemId = currentItemId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public void start(Instant at) {
        this.state = SittingState.IN_PROGRESS;
        this.startedAt = at;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public void end(Instant at) {
        this.state = SittingState.CLOSED;
        this.endedAt = at;
    }
}
