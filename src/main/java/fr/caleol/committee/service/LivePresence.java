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
import fr.caleol.committee.domain.SittingMode;
import fr.caleol.committee.domain.SittingState;
import fr.caleol.committee.service.SittingChangedEvent.Change;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.CurrentUser;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is in the live sitting: a convened member joins with their first screen on a node and leaves with their last
 * there. Presence is kept per node in the database ({@link Attendance#getNodeId()}), so every node reads one truth and
 * a node lost ends only its own participants' presence ({@link PresenceReaper}). In a hybrid or in-person sitting the
 * secretary records who is in the room, arrival and departure, in the same attendance that feeds the quorum and the
 * minutes; in an in-person sitting only the room counts, so a member's screen records nothing.
 */
@Service
@PermitAll
public class LivePresence {

    private final LiveSeats seats;
    private final AttendanceRepository attendance;
    private final AuditLog auditLog;
    private final EventBus eventBus;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final String nodeId;

    LivePresence(LiveSeats seats, AttendanceRepository attendance, AuditLog auditLog, EventBus eventBus,
            CurrentUser currentUser, Clock clock, ClusterNode node) {
        this.nodeId = node.id();
        this.currentUser = currentUser;
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
        if (sitting.getMode() == SittingMode.IN_PERSON) {
            return;
        }
        if (attendance.findOpen(sittingId, seat.getId(), nodeId).isEmpty()) {
            attendance.save(new Attendance(sittingId, seat.getId(), clock.instant(), nodeId));
            auditLog.record(AuditAction.SITTING_JOINED, "sitting", sittingId, "seat " + seat.getId());
            eventBus.publish(new SittingChangedEvent(sittingId, Change.PRESENCE));
        }
    }

    @Transactional
    public void leave(long sittingId) {
        Seat seat = seats.requireSeat(sittingId);
        List<Attendance> open = attendance.findOpen(sittingId, seat.getId(), nodeId);
        open.forEach(a -> a.leave(clock.instant()));
        if (!open.isEmpty()) {
            auditLog.record(AuditAction.SITTING_LEFT, "sitting", sittingId, "seat " + seat.getId());
            eventBus.publish(new SittingChangedEvent(sittingId, Change.PRESENCE));
        }
    }

    /** The secretary records a convened member's arrival in the room (nothing changes if already there). */
    @RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
    @Transactional
    public void arrive(long sittingId, long seatId) {
        seats.withOpenRoom(sittingId);
        Seat seat = seats.convenedSeat(sittingId, seatId);
        if (attendance.findOpenInRoom(sittingId, seatId).isEmpty()) {
            attendance.save(Attendance.inRoom(sittingId, seat.getId(), clock.instant(), currentUser.requireUsername()));
            auditLog.record(AuditAction.SITTING_JOINED, "sitting", sittingId, "seat " + seatId + " in the room");
            eventBus.publish(new SittingChangedEvent(sittingId, Change.PRESENCE));
        }
    }

    /** The secretary records a member's departure from the room. */
    @RolesAllowed({Role.Names.SECRETARY, Role.Names.ADMIN})
    @Transactional
    public void depart(long sittingId, long seatId) {
        seats.withOpenRoom(sittingId);
        seats.convenedSeat(sittingId, seatId);
        List<Attendance> open = attendance.findOpenInRoom(sittingId, seatId);
        open.forEach(a -> a.leave(clock.instant()));
        if (!open.isEmpty()) {
            auditLog.record(AuditAction.SITTING_LEFT, "sitting", sittingId, "seat " + seatId + " left the room");
            eventBus.publish(new SittingChangedEvent(sittingId, Change.PRESENCE));
        }
    }
}
