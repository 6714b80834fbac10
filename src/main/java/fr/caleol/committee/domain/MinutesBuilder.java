package fr.caleol.committee.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the minutes from the sitting's records: convened seats, presence stretches, agenda, conflicts, rounds,
 * named ballots and decisions. Pure: the caller loads the records, this assembles them, so that nothing in the
 * minutes is ever typed in except the secretary's free text.
 */
public final class MinutesBuilder {

    /** Everything recorded about a sitting, as loaded from the database. */
    public record Records(Sitting sitting, List<Seat> convened, Set<Long> excusedSeatIds, List<Attendance> attendance,
            List<AgendaItem> items, List<AgendaCandidate> candidates, List<ConflictDeclaration> conflicts,
            List<VoteRound> rounds, List<Ballot> ballots, List<ProposedDecision> decisions) {}

    /** The secretary's free text and the workflow state. */
    public record FreeText(MinutesState state, Long erratumOfId, String erratumOfSha256, String openingRemarks,
            String closingRemarks, Map<Long, String> notesByItem) {}

    private MinutesBuilder() {}

    public static MinutesDocument build(Records r, FreeText text) {
        Sitting sitting = r.sitting();
        Committee committee = sitting.getCommittee();
        QuorumRule quorum = committee.quorumRule();
        Map<Long, Seat> seats = r.convened().stream().collect(Collectors.toMap(Seat::getId, Function.identity(),
                (a, b) -> a));
        Map<Long, List<Attendance>> stretches = r.attendance().stream()
                .sorted(Comparator.comparing(Attendance::getJoinedAt))
                .collect(Collectors.groupingBy(Attendance::getSeatId));
        Set<Long> attended = stretches.keySet();

        List<MinutesDocument.Member> members = new ArrayList<>();
        for (Seat seat : r.convened().stream().sorted(Comparator.comparing((Seat s) -> s.getKind().ordinal())
                .thenComparing(Seat::getId)).toList()) {
            String substituteFor = seat.getSubstituteFor() == null ? null : name(seats.get(seat.getSubstituteFor().getId()));
            String replacedBy = r.convened().stream()
                    .filter(s -> s.getSubstituteFor() != null && s.getSubstituteFor().getId().equals(seat.getId())
                            && attended.contains(s.getId()))
                    .map(MinutesBuilder::name).findFirst().orElse(null);
            MinutesDocument.Presence presence;
            if (attended.contains(seat.getId())) {
                presence = MinutesDocument.Presence.PRESENT;
            } else if (replacedBy != null) {
                presence = MinutesDocument.Presence.REPLACED;
            } else if (r.excusedSeatIds().contains(seat.getId())) {
                presence = MinutesDocument.Presence.EXCUSED;
            } else {
                presence = MinutesDocument.Presence.ABSENT;
            }
            members.add(new MinutesDocument.Member(seat.getId(), name(seat), seat.getKind(), presence, replacedBy,
                    substituteFor, stretches.getOrDefault(seat.getId(), List.of()).stream()
                            .map(a -> new MinutesDocument.Stretch(a.getJoinedAt(), a.getLeftAt(), a.isInRoom())).toList()));
        }

        Map<Long, List<AgendaCandidate>> candidatesByItem = r.candidates().stream()
                .collect(Collectors.groupingBy(c -> c.getItem().getId()));
        Map<Long, List<ConflictDeclaration>> conflictsByItem = r.conflicts().stream()
                .collect(Collectors.groupingBy(ConflictDeclaration::getItemId));
        Map<Long, List<VoteRound>> roundsByItem = r.rounds().stream()
                .collect(Collectors.groupingBy(VoteRound::getItemId));
        Map<Long, List<Ballot>> ballotsByRound = r.ballots().stream()
                .collect(Collectors.groupingBy(Ballot::getRoundId));
        Map<Long, List<ProposedDecision>> decisionsByRound = r.decisions().stream()
                .collect(Collectors.groupingBy(ProposedDecision::getRoundId));

        List<MinutesDocument.Item> items = new ArrayList<>();
        for (AgendaItem item : r.items().stream().sorted(Comparator.comparingInt(AgendaItem::getPosition)).toList()) {
            List<AgendaCandidate> itemCandidates = candidatesByItem.getOrDefault(item.getId(), List.of()).stream()
                    .sorted(Comparator.comparingInt(AgendaCandidate::getPosition)).toList();
            Map<Long, AgendaCandidate> byApplication = itemCandidates.stream()
                    .collect(Collectors.toMap(c -> c.getApplication().getId(), Function.identity(), (a, b) -> a));
            List<MinutesDocument.Candidate> candidates = itemCandidates.stream()
                    .map(c -> new MinutesDocument.Candidate(c.getApplication().getId(),
                            c.getApplication().getApplicantName(), numero(c), c.getPosition()))
                    .toList();
            List<MinutesDocument.Conflict> conflicts = conflictsByItem.getOrDefault(item.getId(), List.of()).stream()
                    .sorted(Comparator.comparing(ConflictDeclaration::getDeclaredAt))
                    .map(d -> new MinutesDocument.Conflict(name(seats.get(d.getSeatId())), d.getDeclaredAt(),
                            d.getReason()))
                    .toList();
            List<VoteRound> itemRounds = roundsByItem.getOrDefault(item.getId(), List.of()).stream()
                    .sorted(Comparator.comparingInt(VoteRound::getNumber)).toList();
            List<MinutesDocument.Round> rounds = new ArrayList<>();
            List<MinutesDocument.Decision> decisions = List.of();
            for (VoteRound round : itemRounds) {
                List<MinutesDocument.NamedBallot> named = ballotsByRound.getOrDefault(round.getId(), List.of())
                        .stream().sorted(Comparator.comparing(Ballot::getCastAt))
                        .map(b -> new MinutesDocument.NamedBallot(name(seats.get(b.getSeatId())),
                                b.getPlaceSeatId().equals(b.getSeatId()) ? null : name(seats.get(b.getPlaceSeatId())),
                                b.getChoice()))
                        .toList();
                int required = quorum.required(round.getElectorateSize());
                rounds.add(new MinutesDocument.Round(round.getNumber(), round.getOpenedAt(), round.getClosedAt(),
                        round.getElectorateSize(), round.getPresentVoters(), required,
                        quorum.isMet(round.getPresentVoters(), round.getElectorateSize()), round.getVotesFor(),
                        round.getVotesAgainst(), round.getAbstentions(), round.getAdopted(),
                        round.isCastingVoteUsed(),
                        round.getCastingSeatId() == null ? null : name(seats.get(round.getCastingSeatId())), named));
                if (Boolean.TRUE.equals(round.getAdopted())) {
                    decisions = decisionsByRound.getOrDefault(round.getId(), List.of()).stream()
                            .sorted(Comparator.comparingInt((ProposedDecision d) -> position(byApplication, d)))
                            .map(d -> decision(d, byApplication.get(d.getApplicationId())))
                            .toList();
                }
            }
            items.add(new MinutesDocument.Item(item.getId(), item.getPosition(), item.getDwelling().getId(),
                    item.getDwelling().getReference(), item.getDwelling().getAddress(),
                    item.getDwelling().getCommune().getName(), item.getDwelling().getType().name(),
                    item.getException(), item.getState(), item.getWithdrawnReason(), candidates, conflicts, rounds,
                    decisions, text.notesByItem().get(item.getId())));
        }
        return new MinutesDocument(sitting.getId(), committee.getName(), committee.getTerritory(), sitting.getDate(),
                sitting.getStartTime(), sitting.getMode(), sitting.getStartedAt(), sitting.getEndedAt(), text.state(),
                text.erratumOfId(), text.erratumOfSha256(), text.openingRemarks(), text.closingRemarks(), quorum,
                members, items);
    }

    private static int position(Map<Long, AgendaCandidate> byApplication, ProposedDecision d) {
        AgendaCandidate c = byApplication.get(d.getApplicationId());
        return d.getRank() != null ? d.getRank() : 100 + (c == null ? 0 : c.getPosition());
    }

    private static MinutesDocument.Decision decision(ProposedDecision d, AgendaCandidate candidate) {
        return new MinutesDocument.Decision(d.getApplicationId(),
                candidate == null ? "?" : candidate.getApplication().getApplicantName(),
                candidate == null ? "?" : numero(candidate), d.getType(), d.getRank(), d.getMissingDocument(),
                d.getConditionDeadline(), d.getGround(), d.getGroundsText());
    }

    private static String numero(AgendaCandidate c) {
        return Objects.toString(c.getApplication().getNumeroUnique() == null ? null
                : c.getApplication().getNumeroUnique().formatted(), "");
    }

    private static String name(Seat seat) {
        return seat == null ? "?" : seat.getUser().getDisplayName();
    }

    /** The seat ids of a comma-separated list as stored on the minutes. */
    public static Set<Long> parseSeatIds(String text) {
        Set<Long> ids = new HashSet<>();
        if (text != null) {
            for (String part : text.split(",")) {
                if (!part.isBlank()) {
                    ids.add(Long.parseLong(part.trim()));
                }
            }
        }
        return ids;
    }
}
