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

    @Column(name = "cotation_grid_id")
    private Long cotationGridId;

    /** The SEQUENCE of the sitting's calendar invitation: raised by every change sent to the members. */
    @Column(name = "calendar_sequence", nullable = false)
    private int calendarSequence;

    /** Why the sitting was convened with less notice than the committee's regulations give. */
    @Column(name = "short_notice_reason", length = REASON_MAX)
    private String shortNoticeReason;

    @Column(name = "reminded_day_before", nullable = false)
    private boolean remindedDayBefore;

    @Column(name = "reminded_hour_before", nullable = false)
    private boolean remindedHourBefore;

    @Column(name = "cancel_reason", length = REASON_MAX)
    private String cancelReason;

    public static final int REASON_MAX = 500;

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
    /** The cotation grid version its candidates are scored with, fixed at convocation (null: the territory had none). */
    public Long getCotationGridId() {
        return cotationGridId;
    }

    public void setCotationGridId(Long cotationGridId) {
        this.cotationGridId = cotationGridId;
    }

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

    /** The moment the sitting starts, in the landlord's time zone. */
    public Instant startsAt() {
        return date.atTime(startTime).atZone(SittingInvitation.PARIS).toInstant();
    }

    /** Moves the sitting; the caller raises the invitation's sequence if the members were convened. */
    public void reschedule(LocalDate date, LocalTime startTime) {
        this.date = date;
        this.startTime = startTime;
        this.remindedDayBefore = false;
        this.remindedHourBefore = false;
    }

    public int getCalendarSequence() {
        return calendarSequence;
    }

    /** The next version of the calendar invitation, for a change the members must receive. */
    public int nextCalendarSequence() {
        return ++calendarSequence;
    }

    public String getShortNoticeReason() {
        return shortNoticeReason;
    }

    public void setShortNoticeReason(String shortNoticeReason) {
        this.shortNoticeReason = shortNoticeReason;
    }

    public boolean isRemindedDayBefore() {
        return remindedDayBefore;
    }

    public void markRemindedDayBefore() {
        this.remindedDayBefore = true;
    }

    public boolean isRemindedHourBefore() {
        return remindedHourBefore;
    }

    public void markRemindedHourBefore() {
        this.remindedDayBefore = true;
        this.remindedHourBefore = true;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void cancel(String reason) {
        this.state = SittingState.CANCELLED;
        this.cancelReason = reason;
    }
}
