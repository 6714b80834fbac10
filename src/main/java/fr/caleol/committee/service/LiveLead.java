package fr.caleol.committee.service;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.service.AuditLog;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.events.EventBus;
import fr.caleol.committee.domain.AgendaItem;
import fr.caleol.committee.domain.AgendaItemRepository;
import fr.caleol.committee.domain.AttendanceRepository;
import fr.caleol.committee.domain.ItemState;
import fr.caleol.committee.domain.Sitting;
import fr.caleol.committee.domain.SittingState;
import fr.caleol.committee.domain.VoteRound;
import fr.caleol.committee.domain.VoteRoundRepository;
import fr.caleol.committee.service.SittingChangedEvent.Change;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lead of a live sitting: starting it, bringing everyone to an item, ending it. The president leads; in an
 * in-person sitting the secretary records it all.
 */
@Service
@PermitAll
public class LiveLead {

    private final LiveSeats seats;
    private final AgendaItemRepository items;
    private final VoteRoundRepository rounds;
    private final AttendanceRepository attendance;
    private final AuditLog auditLog;
    private final EventBus eventBus;
    private final Clock clock;

    LiveLead(LiveSeats seats, AgendaItemRepository items, VoteRoundRepository rounds, AttendanceRepository attendance,
            AuditLog auditLog, EventBus eventBus, Clock clock) {
        this.seats = seats;
        this.items = items;
        this.rounds = rounds;
        this.attendance = attendance;
        this.auditLog = auditLog;
        this.eventBus = eventBus;
        this.clock = clock;
    }

    @Transactional
    public void start(long sittingId) {
        Sitting sitting = seats.sitting(sittingId);
        seats.requireLead(sitting);
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
        eventBus.publish(new SittingChangedEvent(sittingId, Change.STARTED));
    }

    /** Moves everyone's screen to an item (each member may still browse the agenda freely). */
    @Transactional
    public void moveTo(long sittingId, long itemId) {
        Sitting sitting = seats.inProgress(sittingId);
        seats.requireLead(sitting);
        AgendaItem item = seats.itemOf(sittingId, itemId);
        if (item.getState() == ItemState.PENDING) {
            item.setState(ItemState.UNDER_REVIEW);
        }
        sitting.setCurrentItemId(itemId);
        eventBus.publish(new SittingChangedEvent(sittingId, Change.CURRENT_ITEM));
    }

    @Transactional
    public void end(long sittingId) {
        Sitting sitting = seats.inProgress(sittingId);
        seats.requireLead(sitting);
        List<Long> itemIds = items.findBySitting(sittingId).stream().map(AgendaItem::getId).toList();
        if (!itemIds.isEmpty() && rounds.findByItemIdInOrderByNumber(itemIds).stream().anyMatch(VoteRound::isOpen)) {
            throw new BusinessException("committee.error.voteStillOpen");
        }
        Instant now = clock.instant();
        sitting.end(now);
        attendance.findOpen(sittingId).forEach(a -> a.leave(now));
        auditLog.record(AuditAction.SITTING_ENDED, "sitting", sittingId, null);
        eventBus.publish(new SittingChangedEvent(sittingId, Change.ENDED));
    }
}
