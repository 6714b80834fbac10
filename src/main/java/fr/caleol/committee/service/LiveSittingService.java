package fr.caleol.committee.service;

import fr.caleol.committee.domain.CastingVote;
import fr.caleol.committee.domain.DecisionProposal;
import fr.caleol.committee.domain.ProposalRules;
import static fr.caleol.base.domain.Texts.blankToNull;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.service.AuditLog;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.events.EventBus;
import fr.caleol.committee.domain.AgendaCandidate;
import fr.caleol.committee.domain.AgendaCandidateRepository;
import fr.caleol.committee.domain.AgendaItem;
import fr.caleol.committee.domain.AgendaItemRepository;
import fr.caleol.committee.domain.Attendance;
import fr.caleol.committee.domain.AttendanceRepository;
import fr.caleol.committee.domain.Ballot;
import fr.caleol.committee.domain.BallotChoice;
import fr.caleol.committee.domain.BallotRepository;
import fr.caleol.committee.domain.Committee;
import fr.caleol.committee.domain.ConflictDeclaration;
import fr.caleol.committee.domain.ConflictDeclarationRepository;
import fr.caleol.committee.domain.Convocation;
import fr.caleol.committee.domain.ConvocationRepository;
import fr.caleol.committee.domain.Electorate;
import fr.caleol.committee.domain.ItemMessage;
import fr.caleol.committee.domain.ItemMessageRepository;
import fr.caleol.committee.domain.ItemState;
import fr.caleol.committee.domain.ProposedDecision;
import fr.caleol.committee.domain.ProposedDecisionRepository;
import fr.caleol.committee.domain.Seat;
import fr.caleol.committee.domain.SeatKind;
import fr.caleol.committee.domain.Sitting;
import fr.caleol.committee.domain.SittingMode;
import fr.caleol.committee.domain.SittingRepository;
import fr.caleol.committee.domain.SittingState;
import fr.caleol.committee.domain.VoteOutcome;
import fr.caleol.committee.domain.VoteRound;
import fr.caleol.committee.domain.VoteRoundRepository;
import fr.caleol.housing.domain.ApplicationStatus;
import fr.caleol.housing.domain.Dwelling;
import fr.caleol.housing.domain.DwellingStatus;
import fr.caleol.housing.service.HousingDecisions;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The live sitting: presence, the president's lead, discussion, conflicts of interest, vote rounds and ballots.
 * Every method checks that the caller holds a convened seat in the sitting (staff may observe); president-only
 * actions check the seat kind. Ballots and closings are serialised by a row lock on the round and read committed
 * data, so a ballot is either counted or refused, never lost or doubled.
 */
@Service
@PermitAll
public class LiveSittingService {

    private final SittingRepository sittings;
    private final AgendaItemRepository items;
    private final AgendaCandidateRepository candidates;
    private final ConvocationRepository convocations;
    private final AttendanceRepository attendance;
    private final ItemMessageRepository messages;
    private final ConflictDeclarationRepository conflicts;
    private final VoteRoundRepository rounds;
    private final ProposedDecisionRepository decisions;
    private final BallotRepository ballots;
    private final HousingDecisions housingDecisions;
    private final AuditLog auditLog;
    private final EventBus eventBus;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final RoundElectorates roundElectorates;
    /**
     * A conflict of interest's or a sending back's reason, at most (the columns hold 500 characters, the sending back
     * prefixes the member's name).
     */
    public static final int REASON_MAX = 300;

    LiveSittingService(SittingRepository sittings, AgendaItemRepository items, AgendaCandidateRepository candidates,
            ConvocationRepository convocations, AttendanceRepository attendance, ItemMessageRepository messages,
            ConflictDeclarationRepository conflicts, VoteRoundRepository rounds, ProposedDecisionRepository decisions,
            BallotRepository ballots, HousingDecisions housingDecisions, AuditLog auditLog, EventBus eventBus,
            CurrentUser currentUser, Clock clock, RoundElectorates roundElectorates) {
        this.roundElectorates = roundElectorates;
        this.sittings = sittings;
        this.items = items;
        this.candidates = candidates;
        this.convocations = convocations;
        this.attendance = attendance;
        this.messages = messages;
        this.conflicts = conflicts;
        this.rounds = rounds;
        this.decisions = decisions;
        this.ballots = ballots;
        this.housingDecisions = housingDecisions;
        this.auditLog = auditLog;
        this.eventBus = eventBus;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // ----------------------------------------------------------------------------------------------- reading

    /** The state of the sitting for the current user, on the given item (or the current one when null). */
    @Transactional(readOnly = true)
    public SittingSnapshot snapshot(long sittingId, Long viewedItemId) {
        Sitting sitting = sitting(sittingId);
        List<Convocation> convened = convocations.findBySitting(sittingId);
        Optional<Seat> mine = seatOf(convened);
        requireParticipantOrStaff(mine);
        Set<Long> present = presentSeats(sittingId);
        List<SittingSnapshot.Participant> participants = convened.stream().map(Convocation::getSeat)
                .filter(Seat::isActive)
                .map(seat -> participant(seat, present.contains(seat.getId())))
                .toList();
        SittingSnapshot.Participant me = mine.map(seat -> participant(seat, present.contains(seat.getId()))).orElse(null);
        List<AgendaItem> agenda = items.findBySitting(sittingId);
        Long itemId = viewedItemId != null ? viewedItemId : sitting.getCurrentItemId();
        AgendaItem viewed = agenda.stream().filter(i -> i.getId().equals(itemId)).findFirst()
                .orElse(agenda.isEmpty() ? null : agenda.getFirst());
        SittingSnapshot.ItemView itemView = viewed == null ? null
                : itemView(sitting, viewed, convened, present, mine.map(Seat::getId).orElse(null));
        return new SittingSnapshot(sitting, agenda, me, participants, itemView);
    }

    private SittingSnapshot.ItemView itemView(Sitting sitting, AgendaItem item, List<Convocation> convened,
            Set<Long> present, Long mySeatId) {
        List<ConflictDeclaration> declared = conflicts.findByItemId(item.getId());
        boolean recused = mySeatId != null && declared.stream().anyMatch(d -> d.getSeatId().equals(mySeatId));
        Electorate electorate = electorate(sitting, item, convened, present, declared);
        List<VoteRound> itemRounds = rounds.findByItemIdOrderByNumber(item.getId());
        List<Long> roundIds = itemRounds.stream().map(VoteRound::getId).toList();
        Map<Long, List<ProposedDecision>> decisionsByRound = roundIds.isEmpty() ? Map.of()
                : decisions.findByRoundIdIn(roundIds).stream().collect(Collectors.groupingBy(ProposedDecision::getRoundId));
        Map<Long, List<Ballot>> ballotsByRound = roundIds.isEmpty() ? Map.of()
                : ballots.findByRoundIdIn(roundIds).stream().collect(Collectors.groupingBy(Ballot::getRoundId));
        Map<Long, Electorate> frozen = roundElectorates.of(itemRounds.stream().filter(VoteRound::isOpen).toList());
        List<SittingSnapshot.RoundView> roundViews = itemRounds.stream().map(round -> {
            List<Ballot> cast = ballotsByRound.getOrDefault(round.getId(), List.of());
            BallotChoice myBallot = cast.stream().filter(b -> b.getSeatId().equals(mySeatId)).map(Ballot::getChoice)
                    .findFirst().orElse(null);
            Map<Long, BallotChoice> named = round.isOpen() ? Map.of()
                    : cast.stream().collect(Collectors.toMap(Ballot::getSeatId, Ballot::getChoice));
            return new SittingSnapshot.RoundView(round, decisionsByRound.getOrDefault(round.getId(), List.of()),
                    cast.stream().map(Ballot::getSeatId).collect(Collectors.toSet()), named, myBallot,
                    frozen.getOrDefault(round.getId(), electorate));
        }).toList();
        List<AgendaCandidate> itemCandidates = recused ? List.of() : candidates.findByItems(List.of(item.getId()));
        Committee committee = sitting.getCommittee();
        return new SittingSnapshot.ItemView(item, itemCandidates, recused, electorate,
                electorate.hasQuorum(committee.quorumRule()), committee.quorumRule().required(electorate.size()),
                messages.findByItemIdOrderByPostedAt(item.getId()), declared, roundViews);
    }

    // ---------------------------------------------------------------------------------------------- presence

    @Transactional
    public void join(long sittingId) {
        Sitting sitting = sitting(sittingId);
        Seat seat = requireSeat(sittingId);
        if (sitting.getState() != SittingState.CONVENED && sitting.getState() != SittingState.IN_PROGRESS) {
            throw new BusinessException("committee.error.sittingNotOpen");
        }
        if (attendance.findOpen(sittingId, seat.getId()).isEmpty()) {
            attendance.save(new Attendance(sittingId, seat.getId(), clock.instant()));
            auditLog.record(AuditAction.SITTING_JOINED, "sitting", sittingId, "seat " + seat.getId());
            eventBus.publish(new SittingChangedEvent(sittingId, "presence"));
        }
    }

    @Transactional
    public void leave(long sittingId) {
        Seat seat = requireSeat(sittingId);
        List<Attendance> open = attendance.findOpen(sittingId, seat.getId());
        open.forEach(a -> a.leave(clock.instant()));
        if (!open.isEmpty()) {
            auditLog.record(AuditAction.SITTING_LEFT, "sitting", sittingId, "seat " + seat.getId());
            eventBus.publish(new SittingChangedEvent(sittingId, "presence"));
        }
    }

    // ------------------------------------------------------------------------------------------ the president

    @Transactional
    public void start(long sittingId) {
        Sitting sitting = sitting(sittingId);
        requirePresident(sittingId);
        if (sitting.getState() != SittingState.CONVENED) {
            throw new BusinessException("committee.error.sittingNotConvened");
        }
        sitting.start(clock.instant());
        items.findBySitting(sittingId).stream().filter(i -> i.getState() == ItemState.PENDING).findFirst()
                .ifPresent(first -> {
                    first.setState(ItemState.UNDER_REVIEW);
                    sitting.setCurrentItemId(first.getId());
                });
        auditLog.record(AuditAction.SITTING_STARTED, "sitting", sittingId, null);
        eventBus.publish(new SittingChangedEvent(sittingId, "started"));
    }

    /** Moves everyone's screen to an item (each member may still browse the agenda freely). */
    @Transactional
    public void moveTo(long sittingId, long itemId) {
        Sitting sitting = inProgress(sittingId);
        requirePresident(sittingId);
        AgendaItem item = itemOf(sittingId, itemId);
        if (item.getState() == ItemState.PENDING) {
            item.setState(ItemState.UNDER_REVIEW);
        }
        sitting.setCurrentItemId(itemId);
        eventBus.publish(new SittingChangedEvent(sittingId, "current"));
    }

    @Transactional
    public void end(long sittingId) {
        Sitting sitting = inProgress(sittingId);
        requirePresident(sittingId);
        for (AgendaItem item : items.findBySitting(sittingId)) {
            if (rounds.findByItemIdOrderByNumber(item.getId()).stream().anyMatch(VoteRound::isOpen)) {
                throw new BusinessException("committee.error.voteStillOpen");
            }
        }
        Instant now = clock.instant();
        sitting.end(now);
        attendance.findOpen(sittingId).forEach(a -> a.leave(now));
        auditLog.record(AuditAction.SITTING_ENDED, "sitting", sittingId, null);
        eventBus.publish(new SittingChangedEvent(sittingId, "ended"));
    }

    // ------------------------------------------------------------------------------- discussion and conflicts

    @Transactional
    public void postMessage(long itemId, String text) {
        AgendaItem item = item(itemId);
        long sittingId = item.getSitting().getId();
        Seat seat = requireSeat(sittingId);
        if (text == null || text.isBlank() || text.length() > ItemMessage.TEXT_MAX) {
            throw new BusinessException("committee.error.messageLength", ItemMessage.TEXT_MAX);
        }
        messages.save(new ItemMessage(itemId, seat.getId(), seat.getUser().getDisplayName(), clock.instant(),
                text.trim()));
        eventBus.publish(new SittingChangedEvent(sittingId, "message"));
    }

    /** Declares a conflict of interest: the member no longer sees the item's dossiers nor votes on it. */
    @Transactional
    public void declareConflict(long itemId, String reason) {
        AgendaItem item = item(itemId);
        long sittingId = item.getSitting().getId();
        Seat seat = requireSeat(sittingId);
        if (conflicts.existsByItemIdAndSeatId(itemId, seat.getId())) {
            return;
        }
        boolean votedInOpenRound = rounds.findByItemIdOrderByNumber(itemId).stream().filter(VoteRound::isOpen)
                .anyMatch(r -> ballots.existsByRoundIdAndSeatId(r.getId(), seat.getId()));
        if (votedInOpenRound) {
            throw new BusinessException("committee.error.recuseAfterBallot");
        }
        if (reason != null && reason.strip().length() > REASON_MAX) {
            throw new BusinessException("committee.error.reasonTooLong", REASON_MAX);
        }
        conflicts.save(new ConflictDeclaration(itemId, seat.getId(), clock.instant(), blankToNull(reason)));
        auditLog.record(AuditAction.CONFLICT_DECLARED, "agenda_item", itemId, "seat " + seat.getId());
        eventBus.publish(new SittingChangedEvent(sittingId, "conflict"));
    }

    /** A member asks for the item to be examined in an in-person sitting: it is withdrawn with that reason. */
    @Transactional
    public void sendBackToPhysicalSitting(long itemId, String reason) {
        AgendaItem item = item(itemId);
        long sittingId = item.getSitting().getId();
        Seat seat = requireSeat(sittingId);
        if (item.getState() == ItemState.DECIDED || item.getState() == ItemState.WITHDRAWN) {
            throw new BusinessException("committee.error.itemClosed");
        }
        if (rounds.findByItemIdOrderByNumber(itemId).stream().anyMatch(VoteRound::isOpen)) {
            throw new BusinessException("committee.error.voteStillOpen");
        }
        if (reason != null && reason.strip().length() > REASON_MAX) {
            throw new BusinessException("committee.error.reasonTooLong", REASON_MAX);
        }
        item.withdraw("Renvoi en séance physique demandé par " + seat.getUser().getDisplayName()
                + (reason == null || reason.isBlank() ? "" : " : " + reason.trim()));
        auditLog.record(AuditAction.ITEM_SENT_BACK, "agenda_item", itemId, item.getWithdrawnReason());
        eventBus.publish(new SittingChangedEvent(sittingId, "withdrawn"));
    }

    // --------------------------------------------------------------------------------------------------- votes

    /** The president proposes a decision per candidate and opens the vote (live: only with the quorum). */
    @Transactional
    public VoteRound openVote(long itemId, List<DecisionProposal> proposal) {
        AgendaItem item = item(itemId);
        Sitting sitting = sitting(item.getSitting().getId());
        requirePresident(sitting.getId());
        boolean written = sitting.getMode() == SittingMode.WRITTEN;
        if (!(sitting.getState() == SittingState.IN_PROGRESS
                || (written && sitting.getState() == SittingState.CONVENED))) {
            throw new BusinessException("committee.error.sittingNotInProgress");
        }
        if (item.getState() == ItemState.DECIDED || item.getState() == ItemState.WITHDRAWN) {
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
        List<Convocation> convened = convocations.findBySitting(sitting.getId());
        Electorate electorate = electorate(sitting, item, convened,
                written ? titularSeats(convened) : presentSeats(sitting.getId()), conflicts.findByItemId(itemId));
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
        eventBus.publish(new SittingChangedEvent(sitting.getId(), "vote-opened"));
        return round;
    }

    /** A member's ballot: accepted only while the round is open and only from a member who may vote on it. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void castBallot(long roundId, BallotChoice choice) {
        if (choice == null) {
            throw new BusinessException("validation.required");
        }
        VoteRound round = rounds.lock(roundId).orElseThrow(() -> new BusinessException("committee.error.notFound"));
        AgendaItem item = items.findById(round.getItemId()).orElseThrow();
        Sitting sitting = sitting(item.getSitting().getId());
        Seat seat = requireSeat(sitting.getId());
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
        long place = electorate.placeOf(seat.getId()).orElseThrow();
        if (ballots.existsByRoundIdAndPlaceSeatId(roundId, place)) {
            throw new BusinessException("committee.error.alreadyVoted");
        }
        try {
            ballots.saveAndFlush(new Ballot(roundId, seat.getId(), place, choice, now));
        } catch (DataIntegrityViolationException duplicate) {
            throw new BusinessException("committee.error.alreadyVoted");
        }
        auditLog.record(AuditAction.BALLOT_CAST, "vote_round", roundId, "seat " + seat.getId()
                + (place == seat.getId() ? "" : " for place " + place) + " " + choice);
        eventBus.publish(new SittingChangedEvent(sitting.getId(), "ballot"));
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
        List<Convocation> convened = convocations.findBySitting(sitting.getId());
        boolean written = sitting.getMode() == SittingMode.WRITTEN;
        Electorate now = electorate(sitting, item, convened,
                written ? titularSeats(convened) : presentSeats(sitting.getId()), conflicts.findByItemId(item.getId()));
        roundElectorates.freeze(round, now);
        return now;
    }

    /** The president closes the vote: the result is computed once from the ballots and the committee's rules. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public VoteRound closeVote(long roundId) {
        VoteRound round = rounds.lock(roundId).orElseThrow(() -> new BusinessException("committee.error.notFound"));
        AgendaItem item = items.findById(round.getItemId()).orElseThrow();
        requirePresident(item.getSitting().getId());
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
        Sitting sitting = sitting(item.getSitting().getId());
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
        eventBus.publish(new SittingChangedEvent(sitting.getId(), "vote-closed"));
        return round;
    }

    private void applyDecisions(VoteRound round, AgendaItem item, String actor, LocalDate date) {
        List<ProposedDecision> adopted = decisions.findByRoundIdIn(List.of(round.getId()));
        for (ProposedDecision decision : adopted) {
            ApplicationStatus status = ProposalRules.applicationStatus(decision.getType(), decision.getRank());
            housingDecisions.setApplicationStatus(decision.getApplicationId(), status, actor,
                    "Décision CALEOL du " + date + " sur " + item.getDwelling().getReference() + " : "
                            + decision.getType() + (decision.getRank() == null ? "" : " rang " + decision.getRank()));
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

    // ------------------------------------------------------------------------------------------------ helpers

    private Electorate electorate(Sitting sitting, AgendaItem item, List<Convocation> convened, Set<Long> present,
            List<ConflictDeclaration> declared) {
        Dwelling dwelling = item.getDwelling();
        return Electorate.of(convened.stream().map(Convocation::getSeat).filter(Seat::isActive).map(Seat::ref).toList(),
                new Electorate.DwellingRef(dwelling.getCommune().getInseeCode(), dwelling.getReservataire()),
                present, declared.stream().map(ConflictDeclaration::getSeatId).collect(Collectors.toSet()));
    }

    /** Written procedure: every titular seat takes part (substitutes do not stand in, nobody is "absent"). */
    private static Set<Long> titularSeats(List<Convocation> convened) {
        return convened.stream().map(Convocation::getSeat).filter(s -> s.getKind() != SeatKind.SUBSTITUTE)
                .map(Seat::getId).collect(Collectors.toSet());
    }

    private Set<Long> presentSeats(long sittingId) {
        return attendance.findOpen(sittingId).stream().map(Attendance::getSeatId).collect(Collectors.toSet());
    }

    private static Long castingSeat(Committee committee, Dwelling dwelling, List<Convocation> convened) {
        return CastingVote.holder(committee.getCastingVoteHolder(), convened.stream().map(Convocation::getSeat)
                .filter(Seat::isActive).map(Seat::ref).toList(), dwelling.getCommune().getInseeCode()).orElse(null);
    }

    private SittingSnapshot.Participant participant(Seat seat, boolean present) {
        return new SittingSnapshot.Participant(seat.getId(), seat.getUser().getUsername(),
                seat.getUser().getDisplayName(), seat.getKind(), seat.isTenantRepresentative(),
                seat.getCommune() == null ? null : seat.getCommune().getName(), present);
    }

    private Sitting sitting(long sittingId) {
        return sittings.findWithCommittee(sittingId).orElseThrow(() -> new BusinessException("committee.error.notFound"));
    }

    private AgendaItem item(long itemId) {
        return items.findById(itemId).orElseThrow(() -> new BusinessException("committee.error.notFound"));
    }

    private Sitting inProgress(long sittingId) {
        Sitting sitting = sitting(sittingId);
        if (sitting.getState() != SittingState.IN_PROGRESS) {
            throw new BusinessException("committee.error.sittingNotInProgress");
        }
        return sitting;
    }

    private AgendaItem itemOf(long sittingId, long itemId) {
        AgendaItem item = item(itemId);
        if (!item.getSitting().getId().equals(sittingId)) {
            throw new BusinessException("committee.error.notFound");
        }
        return item;
    }

    private Optional<Seat> seatOf(List<Convocation> convened) {
        Optional<String> username = currentUser.username();
        return username.flatMap(name -> convened.stream().map(Convocation::getSeat)
                .filter(seat -> seat.isActive() && seat.getUser().getUsername().equals(name)).findFirst());
    }

    private void requireParticipantOrStaff(Optional<Seat> seat) {
        if (seat.isEmpty() && !currentUser.hasAnyRole(Role.SECRETARY, Role.ADMIN)) {
            throw new AccessDeniedException("Not convened");
        }
    }

    private Seat requireSeat(long sittingId) {
        return seatOf(convocations.findBySitting(sittingId))
                .orElseThrow(() -> new AccessDeniedException("Not convened to sitting " + sittingId));
    }

    private void requirePresident(long sittingId) {
        if (requireSeat(sittingId).getKind() != SeatKind.PRESIDENT) {
            throw new AccessDeniedException("Only the president leads the sitting");
        }
    }
}
