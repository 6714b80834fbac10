package fr.caleol.committee.service;

import static fr.caleol.base.domain.Texts.blankToNull;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.service.AuditLog;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.events.EventBus;
import fr.caleol.committee.domain.AgendaCandidate;
import fr.caleol.committee.domain.AgendaCandidateRepository;
import fr.caleol.committee.domain.AgendaItem;
import fr.caleol.committee.domain.AgendaItemRepository;
import fr.caleol.committee.domain.Ballot;
import fr.caleol.committee.domain.BallotChoice;
import fr.caleol.committee.domain.BallotRepository;
import fr.caleol.committee.domain.CastingVote;
import fr.caleol.committee.domain.Committee;
import fr.caleol.committee.domain.ConflictDeclarationRepository;
import fr.caleol.committee.domain.Convocation;
import fr.caleol.committee.domain.DecisionProposal;
import fr.caleol.committee.domain.Electorate;
import fr.caleol.committee.domain.ItemState;
import fr.caleol.committee.domain.ProposalRules;
import fr.caleol.committee.domain.ProposedDecision;
import fr.caleol.committee.domain.ProposedDecisionRepository;
import fr.caleol.committee.domain.Seat;
import fr.caleol.committee.domain.Sitting;
import fr.caleol.committee.domain.SittingMode;
import fr.caleol.committee.domain.SittingState;
import fr.caleol.committee.domain.VoteOutcome;
import fr.caleol.committee.domain.VoteRound;
import fr.caleol.committee.domain.VoteRoundRepository;
import fr.caleol.committee.service.SittingChangedEvent.Change;
import fr.caleol.housing.domain.ApplicationStatus;
import fr.caleol.housing.domain.Dwelling;
import fr.caleol.housing.domain.DwellingStatus;
import fr.caleol.housing.service.HousingDecisions;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.CurrentUser;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The votes of a live (or written) sitting: the president opens a round with a proposed decision per candidate and
 * closes it; each member who may vote casts one ballot for their voting place. Ballots and closings are serialised
 * by a row lock on the round and read committed data, so a ballot is either counted or refused, never lost or
 * doubled. An adopted round records the decisions on the applications and the dwelling. In a hybrid or in-person
 * sitting, the secretary records the ballots of the members in the room under the same rules; in an in-person one,
 * the secretary also opens and closes the rounds ({@link LiveSeats#requireLead}).
 */
@Service
@PermitAll
public class LiveVoting {

    private final LiveSeats seats;
    private final AgendaItemRepository items;
    private final AgendaCandidateRepository candidates;
    private final ConflictDeclarationRepository conflicts;
    private final VoteRoundRepository rounds;
    private final ProposedDecisionRepository decisions;
    private final BallotRepository ballots;
    private final RoundElectorates roundElectorates;
    private final HousingDecisions housingDecisions;
    private final AuditLog auditLog;
    private final EventBus eventBus;
    private final CurrentUser currentUser;
    private final Clock clock;

    LiveVoting(LiveSeats seats, AgendaItemRepository items, AgendaCandidateRepository candidates,
            ConflictDeclarationRepository conflicts, VoteRoundRepository rounds, ProposedDecisionRepository decisions,
            BallotRepository ballots, RoundElectorates roundElectorates, HousingDecisions housingDecisions,
            AuditLog auditLog, EventBus eventBus, CurrentUser currentUser, Clock clock) {
        this.seats = seats;
        this.items = items;
        this.candidates = candidates;
        this.conflicts = conflicts;
        this.rounds = rounds;
        this.decisions = decisions;
        this.ballots = ballots;
        this.roundElectorates = roundElectorates;
        this.housingDecisions = housingDecisions;
        this.auditLog = auditLog;
        this.eventBus = eventBus;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The president proposes a decision per candidate and opens the vote (live: only with the quorum). */
    @Transactional
    public VoteRound openVote(long itemId, List<DecisionProposal> proposal) {
        AgendaItem item = seats.item(itemId);
        Sitting sitting = seats.sitting(item.getSitting().getId());
        seats.requireLead(sitting);
        boolean written = sitting.getMode() == SittingMode.WRITTEN;
        if (!(sitting.getState() == SittingState.IN_PROGRESS
                || (written && sitting.getState() == SittingState.CONVENED))) {
            throw new BusinessException("committee.error.sittingNotInProgress");
        }
        if (item.getState().isClosed()) {
            throw new BusinessException("committee.error.itemClosed");
        }
        Instant now = clock.instant();
        if (written && (now.isBefore(sitting.getWrittenOpensAt()) || !now.isBefore(sitting.getWrittenClosesAt()))) {
            throw new BusinessException("committee.error.outsideWrittenWindow");
        }
        List<VoteRound> previous = rounds.findByItemIdOrderByNumber(itemId);
        if (previous.stream().anyMatch(VoteRound::isOpen)) {
            throw new BusinessException("committee.error.voteAlreadyOpen");
        }
        List<AgendaCandidate> itemCandidates = candidates.findByItems(List.of(itemId));
        validate(proposal, itemCandidates);
        List<Convocation> convened = seats.convened(sitting.getId());
        Electorate electorate = LiveSeats.electorate(item, convened,
                written ? LiveSeats.titularSeats(convened) : seats.presentSeats(sitting.getId()),
                conflicts.findByItemId(itemId));
        if (!written && !electorate.hasQuorum(sitting.getCommittee().quorumRule())) {
            throw new BusinessException("committee.error.noQuorum", electorate.presentVoters(),
                    sitting.getCommittee().quorumRule().required(electorate.size()));
        }
        VoteRound round = rounds.save(new VoteRound(itemId, previous.size() + 1, now,
                written ? sitting.getWrittenClosesAt() : null, electorate.size(), electorate.presentVoters(),
                castingSeat(sitting.getCommittee(), item.getDwelling(), convened)));
        roundElectorates.freeze(round, electorate);
        for (DecisionProposal p : proposal) {
            decisions.save(new ProposedDecision(round.getId(), p.applicationId(), p.type(), p.rank(),
                    blankToNull(p.missingDocument()), p.conditionDeadline(), p.ground(), blankToNull(p.groundsText())));
        }
        item.setState(ItemState.VOTING);
        auditLog.record(AuditAction.VOTE_OPENED, "vote_round", round.getId(),
                "item " + itemId + ", round " + round.getNumber() + ", " + proposal.size() + " decisions");
        eventBus.publish(new SittingChangedEvent(sitting.getId(), Change.VOTE_OPENED));
        return round;
    }

    /** A member's ballot: accepted only while the round is open and only from a member who may vote on it. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void castBallot(long roundId, BallotChoice choice) {
        VoteRound round = rounds.lock(roundId).orElseThrow(() -> new BusinessException("committee.error.notFound"));
        AgendaItem item = items.findById(round.getItemId()).orElseThrow();
        Sitting sitting = seats.sitting(item.getSitting().getId());
        Seat seat = seats.requireSeat(sitting.getId());
        if (sitting.getMode() == SittingMode.IN_PERSON) {
            throw new BusinessException("committee.error.ballotsRecordedInRoom");
        }
        cast(round, item, sitting, seat, choice, null);
    }

    /**
     * The secretary records the named ballot of a member in the room, under the same rules as a ballot cast online:
     * the round open, the member in its frozen electorate, one ballot per voting place.
     */
    @RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void recordInRoom(long roundId, long seatId, BallotChoice choice) {
        VoteRound round = rounds.lock(roundId).orElseThrow(() -> new BusinessException("committee.error.notFound"));
        AgendaItem item = items.findById(round.getItemId()).orElseThrow();
        Sitting sitting = seats.withOpenRoom(item.getSitting().getId());
        Seat seat = seats.convenedSeat(sitting.getId(), seatId);
        if (!seats.inRoom(sitting.getId(), seatId)) {
            throw new BusinessException("committee.error.notInRoom", seat.getUser().getDisplayName());
        }
        cast(round, item, sitting, seat, choice, currentUser.requireUsername());
    }

    private void cast(VoteRound round, AgendaItem item, Sitting sitting, Seat seat, BallotChoice choice,
            String recordedBy) {
        if (choice == null) {
            throw new BusinessException("validation.required");
        }
        Instant now = clock.instant();
        if (!round.isOpen() || (round.getClosesAt() != null && !now.isBefore(round.getClosesAt()))) {
            throw new BusinessException("committee.error.voteClosed");
        }
        Electorate electorate = frozenElectorate(round, sitting, item);
        if (conflicts.findByItemId(item.getId()).stream().anyMatch(d -> d.getSeatId().equals(seat.getId()))) {
            throw new BusinessException("committee.error.mayNotVote." + Electorate.Role.RECUSED.name());
        }
        if (!electorate.mayVote(seat.getId())) {
            throw new BusinessException("committee.error.mayNotVote." + electorate.roleOf(seat.getId()).name());
        }
        long roundId = round.getId();
        long place = electorate.placeOf(seat.getId()).orElseThrow();
        if (ballots.existsByRoundIdAndPlaceSeatId(roundId, place)) {
            throw new BusinessException("committee.error.alreadyVoted");
        }
        try {
            ballots.saveAndFlush(recordedBy == null ? new Ballot(roundId, seat.getId(), place, choice, now)
                    : Ballot.recordedInRoom(roundId, seat.getId(), place, choice, now, recordedBy));
        } catch (DataIntegrityViolationException duplicate) {
            throw new BusinessException("committee.error.alreadyVoted");
        }
        auditLog.record(AuditAction.BALLOT_CAST, "vote_round", roundId, "seat " + seat.getId()
                + (place == seat.getId() ? "" : " for place " + place) + " " + choice
                + (recordedBy == null ? "" : ", in the room"));
        eventBus.publish(new SittingChangedEvent(sitting.getId(), Change.BALLOT));
    }

    /**
     * The electorate frozen when the round opened. A round opened before electorates were stored gets its electorate
     * frozen now, once, from the presence at its first ballot, and keeps it.
     */
    private Electorate frozenElectorate(VoteRound round, Sitting sitting, AgendaItem item) {
        Electorate stored = roundElectorates.of(List.of(round)).get(round.getId());
        if (stored != null) {
            return stored;
        }
        List<Convocation> convened = seats.convened(sitting.getId());
        boolean written = sitting.getMode() == SittingMode.WRITTEN;
        Electorate now = LiveSeats.electorate(item, convened,
                written ? LiveSeats.titularSeats(convened) : seats.presentSeats(sitting.getId()),
                conflicts.findByItemId(item.getId()));
        roundElectorates.freeze(round, now);
        return now;
    }

    /** The president closes the vote: the result is computed once from the ballots and the committee's rules. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public VoteRound closeVote(long roundId) {
        VoteRound round = rounds.lock(roundId).orElseThrow(() -> new BusinessException("committee.error.notFound"));
        AgendaItem item = items.findById(round.getItemId()).orElseThrow();
        seats.requireLead(seats.sitting(item.getSitting().getId()));
        return close(round, item, currentUser.requireUsername());
    }

    /** Closes the written-procedure rounds whose window has ended, even if nobody is connected. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public int closeDueWrittenRounds() {
        int closed = 0;
        for (VoteRound due : rounds.findDue(clock.instant())) {
            VoteRound round = rounds.lock(due.getId()).orElseThrow();
            if (round.isOpen()) {
                close(round, items.findById(round.getItemId()).orElseThrow(), "system");
                closed++;
            }
        }
        return closed;
    }

    private VoteRound close(VoteRound round, AgendaItem item, String actor) {
        if (!round.isOpen()) {
            throw new BusinessException("committee.error.voteClosed");
        }
        Sitting sitting = seats.sitting(item.getSitting().getId());
        Electorate electorate = frozenElectorate(round, sitting, item);
        List<Ballot> cast = ballots.findByRoundId(round.getId()).stream()
                .filter(b -> electorate.places().containsValue(b.getPlaceSeatId())).toList();
        Committee committee = sitting.getCommittee();
        VoteOutcome outcome = VoteOutcome.count(
                cast.stream().map(b -> new VoteOutcome.CountedBallot(b.getPlaceSeatId(), b.getChoice())).toList(),
                committee.isAbstentionsAreVotesCast(), round.getCastingSeatId());
        boolean written = sitting.getMode() == SittingMode.WRITTEN;
        if (written && !committee.quorumRule().isMet(Math.min(cast.size(), round.getElectorateSize()),
                round.getElectorateSize())) {
            outcome = new VoteOutcome(outcome.votesFor(), outcome.votesAgainst(), outcome.abstentions(), false, false);
        }
        round.close(clock.instant(), outcome);
        String tally = "for " + outcome.votesFor() + ", against " + outcome.votesAgainst() + ", abstentions "
                + outcome.abstentions() + (outcome.decidedByCastingVote() ? ", casting vote" : "")
                + (outcome.adopted() ? ": adopted" : ": rejected");
        auditLog.recordAs(actor, AuditAction.VOTE_CLOSED, "vote_round", round.getId(), tally);
        if (outcome.adopted()) {
            item.setState(ItemState.DECIDED);
            applyDecisions(round, item, actor, sitting.getDate());
        } else {
            item.setState(ItemState.UNDER_REVIEW);
        }
        eventBus.publish(new SittingChangedEvent(sitting.getId(), Change.VOTE_CLOSED));
        return round;
    }

    private void applyDecisions(VoteRound round, AgendaItem item, String actor, LocalDate date) {
        List<ProposedDecision> adopted = decisions.findByRoundIdIn(List.of(round.getId()));
        for (ProposedDecision decision : adopted) {
            ApplicationStatus status = ProposalRules.applicationStatus(decision.getType(), decision.getRank());
            housingDecisions.setApplicationStatus(decision.getApplicationId(), status, actor,
                    FrenchText.format(decision.getRank() == null ? "history.decision" : "history.decision.ranked",
                            FrenchText.shortDate(date), item.getDwelling().getReference(),
                            FrenchText.label(decision.getType(), "committee.decisionType."), decision.getRank()));
            auditLog.recordAs(actor, AuditAction.DECISION_RECORDED, "application", decision.getApplicationId(),
                    decision.getType() + " on dwelling " + item.getDwelling().getReference());
        }
        boolean attributed = ProposalRules.allocatesTheDwelling(adopted.stream().map(ProposedDecision::getType)
                .toList());
        housingDecisions.setDwellingStatus(item.getDwelling().getId(),
                attributed ? DwellingStatus.ALLOCATED : DwellingStatus.VACANT);
    }

    private static void validate(List<DecisionProposal> proposal, List<AgendaCandidate> itemCandidates) {
        Set<Long> candidates = itemCandidates.stream().map(c -> c.getApplication().getId()).collect(Collectors.toSet());
        ProposalRules.problem(proposal, candidates).ifPresent(key -> {
            throw new BusinessException(key);
        });
    }

    private static Long castingSeat(Committee committee, Dwelling dwelling, List<Convocation> convened) {
        return CastingVote.holder(committee.getCastingVoteHolder(), LiveSeats.activeSeats(convened), dwelling.getCommune().getInseeCode()).orElse(null);
    }
}
