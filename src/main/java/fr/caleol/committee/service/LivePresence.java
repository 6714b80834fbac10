package fr.caleol.committee.service;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.service.AuditLog;
import fr.caleol.base.cluster.ClusterNode;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.events.EventBus;
import fr.caleol.committee.domain.Attendance;
import fr.caleol.committee.domain.AttendanceRepository;
import fr.caleol.committee.domain.Seat;
import fr.caleol.committee.domain.Sitting;
import fr.caleol.committee.domain.SittingState;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is in the live sitting: a convened member joins with their first screen on a node and leaves with their last
 * there. Presence is kept per node in the database ({@link Attendance#getNodeId()}), so every node reads one truth and
 * a node lost ends only its own participants' presence ({@link PresenceReaper}).
 */
@Service
@PermitAll
public class LivePresence {

    private final LiveSeats seats;
    private final AttendanceRepository attendance;
    private final AuditLog auditLog;
    private final EventBus eventBus;
    private final Clock clock;
    private final String nodeId;

    LivePresence(LiveSeats seats, AttendanceRepository attendance, AuditLog auditLog, EventBus eventBus, Clock clock,
            ClusterNode node) {
        this.nodeId = node.id();
        this.seats = seats;
        this.attendance = attendance;
        this.auditLog = auditLog;
        this.eventBus = eventBus;
        this.clock = clock;
    }

    @Transactional
    public void join(long sittingId) {
        Sitting sitting = seats.sitting(sittingId);
        Seat seat = seats.requireSeat(sittingId);
        if (sitting.getState() != SittingState.CONVENED && sitting.getState() != SittingState.IN_PROGRESS) {
            throw new BusinessException("committee.error.sittingNotOpen");
        }
        if (attendance.findOpen(sittingId, seat.getId(), nodeId).isEmpty()) {
            attendance.save(new Attendance(sittingId, seat.getId(), clock.instant(), nodeId));
            auditLog.record(AuditAction.SITTING_JOINED, "sitting", sittingId, "seat " + seat.getId());
            eventBus.publish(new SittingChangedEvent(sittingId, "presence"));
        }
    }

    @Transactional
    public void leave(long sittingId) {
        Seat seat = seats.requireSeat(sittingId);
        List<Attendance> open = attendance.findOpen(sittingId, seat.getId(), nodeId);
        open.forEach(a -> a.leave(clock.instant()));
        if (!open.isEmpty()) {
            auditLog.record(AuditAction.SITTING_LEFT, "sitting", sittingId, "seat " + seat.getId());
            eventBus.publish(new SittingChangedEvent(sittingId, "presence"));
        }
    }
}
