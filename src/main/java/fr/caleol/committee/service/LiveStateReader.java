package fr.caleol.committee.service;

import fr.caleol.committee.domain.AgendaCandidate;
import fr.caleol.committee.domain.AgendaCandidateRepository;
import fr.caleol.committee.domain.AgendaItem;
import fr.caleol.committee.domain.AgendaItemRepository;
import fr.caleol.committee.domain.Attendance;
import fr.caleol.committee.domain.Ballot;
import fr.caleol.committee.domain.BallotChoice;
import fr.caleol.committee.domain.BallotRepository;
import fr.caleol.committee.domain.ConflictDeclaration;
import fr.caleol.committee.domain.ConflictDeclarationRepository;
import fr.caleol.committee.domain.Convocation;
import fr.caleol.committee.domain.Electorate;
import fr.caleol.committee.domain.ItemMessage;
import fr.caleol.committee.domain.ItemMessageRepository;
import fr.caleol.committee.domain.ProposedDecision;
import fr.caleol.committee.domain.ProposedDecisionRepository;
import fr.caleol.committee.domain.QuorumRule;
import fr.caleol.committee.domain.Seat;
import fr.caleol.committee.domain.Sitting;
import fr.caleol.committee.domain.VoteRound;
import fr.caleol.committee.domain.VoteRoundRepository;
import fr.caleol.housing.domain.Dwelling;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a whole {@link LiveState} from the database in one read-only transaction, with a fixed number of queries
 * whatever the number of items, rounds, ballots or viewers (one per table, never one per row).
 */
@Component
class LiveStateReader {

    private final LiveSeats seats;
    private final AgendaItemRepository items;
    private final AgendaCandidateRepository candidates;
    private final ConflictDeclarationRepository conflicts;
    private final VoteRoundRepository rounds;
    private final ProposedDecisionRepository decisions;
    private final BallotRepository ballots;
    private final ItemMessageRepository messages;
    private final RoundElectorates roundElectorates;

    LiveStateReader(LiveSeats seats, AgendaItemRepository items, AgendaCandidateRepository candidates,
            ConflictDeclarationRepository conflicts, VoteRoundRepository rounds, ProposedDecisionRepository decisions,
            BallotRepository ballots, ItemMessageRepository messages, RoundElectorates roundElectorates) {
        this.seats = seats;
        this.items = items;
        this.candidates = candidates;
        this.conflicts = conflicts;
        this.rounds = rounds;
        this.decisions = decisions;
        this.ballots = ballots;
        this.messages = messages;
        this.roundElectorates = roundElectorates;
    }

    @Transactional(readOnly = true)
    public LiveState read(long sittingId, long version, long changedAt) {
        Sitting sitting = seats.sitting(sittingId);
        List<Convocation> convened = seats.convened(sittingId);
        List<Attendance> open = seats.openAttendance(sittingId);
        Set<Long> present = open.stream().map(Attendance::getSeatId).collect(Collectors.toSet());
        Set<Long> inRoom = open.stream().filter(Attendance::isInRoom).map(Attendance::getSeatId)
                .collect(Collectors.toSet());
        List<LiveState.Participant> participants = convened.stream().map(Convocation::getSeat).filter(Seat::isActive)
                .map(seat -> participant(seat, present.contains(seat.getId()), inRoom.contains(seat.getId())))
                .toList();
        List<AgendaItem> agenda = items.findBySitting(sittingId);
        List<Long> itemIds = agenda.stream().map(AgendaItem::getId).toList();
        if (itemIds.isEmpty()) {
            return new LiveState(sittingId, version, changedAt, info(sitting), participants, List.of());
        }
        Map<Long, List<AgendaCandidate>> candidatesByItem = candidates.findByItems(itemIds).stream()
                .collect(Collectors.groupingBy(c -> c.getItem().getId()));
        Map<Long, List<ConflictDeclaration>> conflictsByItem = conflicts.findByItemIdIn(itemIds).stream()
                .collect(Collectors.groupingBy(ConflictDeclaration::getItemId));
        Map<Long, List<ItemMessage>> messagesByItem = messages.findByItemIdInOrderByPostedAtAscIdAsc(itemIds).stream()
                .collect(Collectors.groupingBy(ItemMessage::getItemId));
        List<VoteRound> allRounds = rounds.findByItemIdInOrderByNumber(itemIds);
        List<Long> roundIds = allRounds.stream().map(VoteRound::getId).toList();
        Map<Long, List<ProposedDecision>> decisionsByRound = roundIds.isEmpty() ? Map.of()
                : decisions.findByRoundIdIn(roundIds).stream().collect(Collectors.groupingBy(ProposedDecision::getRoundId));
        Map<Long, List<Ballot>> ballotsByRound = roundIds.isEmpty() ? Map.of()
                : ballots.findByRoundIdIn(roundIds).stream().collect(Collectors.groupingBy(Ballot::getRoundId));
        Map<Long, Electorate> frozen = roundElectorates.of(allRounds.stream().filter(VoteRound::isOpen).toList());
        Map<Long, List<VoteRound>> roundsByItem = allRounds.stream()
                .collect(Collectors.groupingBy(VoteRound::getItemId, LinkedHashMap::new, Collectors.toList()));

        QuorumRule quorum = sitting.getCommittee().quorumRule();
        List<LiveState.Item> liveItems = agenda.stream().map(item -> {
            List<ConflictDeclaration> declared = conflictsByItem.getOrDefault(item.getId(), List.of());
            Electorate electorate = LiveSeats.electorate(item, convened, present, declared);
            List<LiveState.Round> itemRounds = roundsByItem.getOrDefault(item.getId(), List.of()).stream()
                    .map(round -> round(round, decisionsByRound.getOrDefault(round.getId(), List.of()),
                            ballotsByRound.getOrDefault(round.getId(), List.of()),
                            frozen.getOrDefault(round.getId(), electorate)))
                    .toList();
            return new LiveState.Item(item.getId(), item.getPosition(), item.getState(), item.getException(),
                    item.getWithdrawnReason(), dwelling(item.getDwelling()),
                    candidatesByItem.getOrDefault(item.getId(), List.of()).stream().map(LiveStateReader::candidate)
                            .toList(),
                    declared.stream().map(ConflictDeclaration::getSeatId).collect(Collectors.toSet()), electorate,
                    electorate.hasQuorum(quorum), quorum.required(electorate.size()),
                    messagesByItem.getOrDefault(item.getId(), List.of()).stream().map(LiveStateReader::message)
                            .toList(),
                    itemRounds);
        }).toList();
        return new LiveState(sittingId, version, changedAt, info(sitting), participants, liveItems);
    }

    private static LiveState.Info info(Sitting sitting) {
        return new LiveState.Info(sitting.getCommittee().getName(), sitting.getDate(), sitting.getState(),
                sitting.getMode(), sitting.getCurrentItemId(), sitting.getCommittee().quorumRule(), sitting.getVideoUrl());
    }

    private static LiveState.Participant participant(Seat seat, boolean present, boolean inRoom) {
        return new LiveState.Participant(seat.getId(), seat.getUser().getUsername(), seat.getUser().getDisplayName(),
                seat.getKind(), seat.isTenantRepresentative(), seat.getCommune() == null ? null : seat.getCommune().getName(),
                present, inRoom);
    }

    private static LiveState.Dwelling dwelling(Dwelling d) {
        return new LiveState.Dwelling(d.getId(), d.getReference(), d.getCommune().getName(), d.getType(),
                d.getSurface(), d.getAddress(), d.getMonthlyRent(), d.getMonthlyCharges(), d.getFinancing(),
                d.getReservataire());
    }

    private static LiveState.Candidate candidate(AgendaCandidate c) {
        return new LiveState.Candidate(c.getApplication().getId(), c.getPosition(), c.getApplication().getApplicantName(),
                c.getApplication().getNumeroUnique().formatted());
    }

    private static LiveState.Message message(ItemMessage m) {
        return new LiveState.Message(m.getId(), m.getPostedAt(), m.getAuthorName(), m.getText());
    }

    private static LiveState.Round round(VoteRound round, List<ProposedDecision> proposed, List<Ballot> cast,
            Electorate electorate) {
        Map<Long, BallotChoice> bySeat = cast.stream().collect(Collectors.toMap(Ballot::getSeatId, Ballot::getChoice));
        return new LiveState.Round(round.getId(), round.getNumber(), round.isOpen(), round.getVotesFor(),
                round.getVotesAgainst(), round.getAbstentions(), round.getAdopted(), round.isCastingVoteUsed(),
                proposed.stream().map(d -> new LiveState.Decision(d.getApplicationId(), d.getType(), d.getRank(),
                        d.getMissingDocument(), d.getConditionDeadline(), d.getGround(), d.getGroundsText())).toList(),
                bySeat, electorate);
    }
}
