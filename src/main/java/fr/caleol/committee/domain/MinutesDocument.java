package fr.caleol.committee.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The content of the minutes, built from the sitting's records (see {@link MinutesBuilder}) plus the secretary's
 * free text. Rendered to PDF and on screen; never stored as such (only the published PDF is).
 */
public record MinutesDocument(long sittingId, String committeeName, String territory, LocalDate date,
        LocalTime startTime, SittingMode mode, Instant startedAt, Instant endedAt, MinutesState state,
        Long erratumOfId, String erratumOfSha256, String openingRemarks, String closingRemarks, QuorumRule quorumRule,
        List<Member> members, List<Item> items) {

    public enum Presence { PRESENT, ABSENT, EXCUSED, REPLACED }

    /** A stretch of presence, online or in the room ({@code inRoom}, recorded by the secretary). */
    public record Stretch(Instant joinedAt, Instant leftAt, boolean inRoom) {}

    /** A convened seat; {@code replacedBy} names the substitute who stood in for an absent titular member. */
    public record Member(long seatId, String name, SeatKind kind, Presence presence, String replacedBy,
            String substituteFor, List<Stretch> stretches) {}

    public record Candidate(long applicationId, String name, String numeroUnique, int position) {}

    public record Conflict(String memberName, Instant declaredAt, String reason) {}

    /** A named ballot; {@code forPlaceOf} names the titular when a substitute voted in his place, else null. */
    public record NamedBallot(String memberName, String forPlaceOf, BallotChoice choice) {}

    public record Round(int number, Instant openedAt, Instant closedAt, int electorateSize, int presentVoters,
            int quorumRequired, boolean quorumMet, Integer votesFor, Integer votesAgainst, Integer abstentions,
            Boolean adopted, boolean castingVoteUsed, String castingHolder, List<NamedBallot> ballots) {}

    public record Decision(long applicationId, String applicantName, String numeroUnique, DecisionType type,
            Integer rank, String missingDocument, LocalDate conditionDeadline, RefusalGround ground,
            String groundsText) {}

    public record Item(long itemId, int position, long dwellingId, String dwellingReference, String address,
            String commune, String dwellingType, AgendaException exception, ItemState state, String withdrawnReason,
            List<Candidate> candidates, List<Conflict> conflicts, List<Round> rounds, List<Decision> decisions,
            String note) {

        public boolean sentBack() {
            return state == ItemState.WITHDRAWN;
        }
    }

    /** Every decision of the sitting (adopted rounds only), in agenda order. */
    public List<Decision> decisions() {
        return items.stream().flatMap(i -> i.decisions().stream()).toList();
    }
}
