package fr.caleol.committee.service;

import fr.caleol.base.events.ClusterEvent;

/** Something changed in a sitting: its screens look again; the kind of change lets a screen ignore the others. */
public record SittingChangedEvent(long sittingId, Change what) implements ClusterEvent {

    /** What changed. {@link #tag()} names it in the metrics ({@code caleol.sitting.changes}). */
    public enum Change {
        CONVENED("convened"),
        RESCHEDULED("rescheduled"),
        VIDEO_LINK("video-link"),
        CANCELLED("cancelled"),
        AGENDA("agenda"),
        STARTED("started"),
        PRESENCE("presence"),
        CURRENT_ITEM("current"),
        MESSAGE("message"),
        CONFLICT("conflict"),
        WITHDRAWN("withdrawn"),
        VOTE_OPENED("vote-opened"),
        BALLOT("ballot"),
        VOTE_CLOSED("vote-closed"),
        ENDED("ended"),
        MINUTES("minutes"),
        MINUTES_PUBLISHED("minutes-published"),
        FOLLOW_UP("follow-up");

        private final String tag;

        Change(String tag) {
            this.tag = tag;
        }

        public String tag() {
            return tag;
        }

        /** Whether the minutes' screen has something new to show. */
        public boolean concernsMinutes() {
            return this == MINUTES || this == MINUTES_PUBLISHED;
        }
    }
}
