package fr.caleol.committee.service;

import static fr.caleol.base.domain.Texts.blankToNull;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.service.AuditLog;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.events.EventBus;
import fr.caleol.committee.domain.AgendaItem;
import fr.caleol.committee.domain.BallotRepository;
import fr.caleol.committee.domain.ConflictDeclaration;
import fr.caleol.committee.domain.ConflictDeclarationRepository;
import fr.caleol.committee.domain.ItemMessage;
import fr.caleol.committee.domain.ItemMessageRepository;
import fr.caleol.committee.domain.Seat;
import fr.caleol.committee.domain.SittingMode;
import fr.caleol.committee.domain.VoteRound;
import fr.caleol.committee.domain.VoteRoundRepository;
import fr.caleol.committee.service.SittingChangedEvent.Change;
import fr.caleol.security.domain.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a convened member says on an item of the live sitting: a message in its discussion, a conflict of interest
 * (they no longer see its dossiers nor vote on it), a request to send it back to an in-person sitting.
 */
@Service
@PermitAll
public class LiveDiscussion {

    /**
     * A conflict of interest's or a sending back's reason, at most (the columns hold 500 characters, the sending back
     * prefixes the member's name).
     */
    public static final int REASON_MAX = 300;

    private final LiveSeats seats;
    private final ItemMessageRepository messages;
    private final ConflictDeclarationRepository conflicts;
    private final VoteRoundRepository rounds;
    private final BallotRepository ballots;
    private final AuditLog auditLog;
    private final EventBus eventBus;
    private final Clock clock;

    LiveDiscussion(LiveSeats seats, ItemMessageRepository messages, ConflictDeclarationRepository conflicts,
            VoteRoundRepository rounds, BallotRepository ballots, AuditLog auditLog, EventBus eventBus, Clock clock) {
        this.seats = seats;
        this.messages = messages;
        this.conflicts = conflicts;
        this.rounds = rounds;
        this.ballots = ballots;
        this.auditLog = auditLog;
        this.eventBus = eventBus;
        this.clock = clock;
    }

    @Transactional
    public void postMessage(long itemId, String text) {
        AgendaItem item = seats.item(itemId);
        long sittingId = item.getSitting().getId();
        Seat seat = seats.requireSeat(sittingId);
        if (text == null || text.isBlank() || text.length() > ItemMessage.TEXT_MAX) {
            throw new BusinessException("committee.error.messageLength", ItemMessage.TEXT_MAX);
        }
        messages.save(new ItemMessage(itemId, seat.getId(), seat.getUser().getDisplayName(), clock.instant(),
                text.trim()));
        eventBus.publish(new SittingChangedEvent(sittingId, Change.MESSAGE));
    }

    /** Declares a conflict of interest: the member no longer sees the item's dossiers nor votes on it. */
    @Transactional
    public void declareConflict(long itemId, String reason) {
        AgendaItem item = seats.item(itemId);
        declare(item, seats.requireSeat(item.getSitting().getId()), reason, false);
    }

    /**
     * The secretary records the conflict of interest a member in the room declares (hybrid or in-person sitting): the
     * same rules as a declaration from the member's own screen.
     */
    @RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
    @Transactional
    public void recordConflictInRoom(long itemId, long seatId, String reason) {
        AgendaItem item = seats.item(itemId);
        long sittingId = seats.withOpenRoom(item.getSitting().getId()).getId();
        Seat seat = seats.convenedSeat(sittingId, seatId);
        if (!seats.inRoom(sittingId, seatId)) {
            throw new BusinessException("committee.error.notInRoom", seat.getUser().getDisplayName());
        }
        declare(item, seat, reason, true);
    }

    private void declare(AgendaItem item, Seat seat, String reason, boolean inRoom) {
        long itemId = item.getId();
        long sittingId = item.getSitting().getId();
        if (item.getState().isClosed()) {
            throw new BusinessException("committee.error.itemClosed");
        }
        if (conflicts.existsByItemIdAndSeatId(itemId, seat.getId())) {
            return;
        }
        boolean votedInOpenRound = rounds.findByItemIdOrderByNumber(itemId).stream().filter(VoteRound::isOpen)
                .anyMatch(r -> ballots.existsByRoundIdAndSeatId(r.getId(), seat.getId()));
        if (votedInOpenRound) {
            throw new BusinessException("committee.error.recuseAfterBallot");
        }
        requireReasonLength(reason);
        conflicts.save(new ConflictDeclaration(itemId, seat.getId(), clock.instant(), blankToNull(reason)));
        auditLog.record(AuditAction.CONFLICT_DECLARED, "agenda_item", itemId, "seat " + seat.getId()
                + (inRoom ? ", recorded in the room" : ""));
        eventBus.publish(new SittingChangedEvent(sittingId, Change.CONFLICT));
    }

    /** A member asks for the item to be examined in an in-person sitting: it is withdrawn with that reason. */
    @Transactional
    public void sendBackToPhysicalSitting(long itemId, String reason) {
        AgendaItem item = seats.item(itemId);
        long sittingId = item.getSitting().getId();
        Seat seat = seats.requireSeat(sittingId);
        if (item.getSitting().getMode() == SittingMode.IN_PERSON) {
            throw new BusinessException("committee.error.alreadyInPerson");
        }
        if (item.getState().isClosed()) {
            throw new BusinessException("committee.error.itemClosed");
        }
        if (rounds.findByItemIdOrderByNumber(itemId).stream().anyMatch(VoteRound::isOpen)) {
            throw new BusinessException("committee.error.voteStillOpen");
        }
        requireReasonLength(reason);
        item.sendBack(reason == null || reason.isBlank()
                ? FrenchText.format("history.sentBack", seat.getUser().getDisplayName())
                : FrenchText.format("history.sentBack.reason", seat.getUser().getDisplayName(), reason.trim()));
        auditLog.record(AuditAction.ITEM_SENT_BACK, "agenda_item", itemId, item.getWithdrawnReason());
        eventBus.publish(new SittingChangedEvent(sittingId, Change.WITHDRAWN));
    }

    private static void requireReasonLength(String reason) {
        if (reason != null && reason.strip().length() > REASON_MAX) {
            throw new BusinessException("committee.error.reasonTooLong", REASON_MAX);
        }
    }
}
