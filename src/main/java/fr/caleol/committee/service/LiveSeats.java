package fr.caleol.committee.service;

import fr.caleol.base.errors.BusinessException;
import fr.caleol.committee.domain.AgendaItem;
import fr.caleol.committee.domain.AgendaItemRepository;
import fr.caleol.committee.domain.Attendance;
import fr.caleol.committee.domain.AttendanceRepository;
import fr.caleol.committee.domain.ConflictDeclaration;
import fr.caleol.committee.domain.Convocation;
import fr.caleol.committee.domain.ConvocationRepository;
import fr.caleol.committee.domain.Electorate;
import fr.caleol.committee.domain.Seat;
import fr.caleol.committee.domain.SeatKind;
import fr.caleol.committee.domain.Sitting;
import fr.caleol.committee.domain.SittingMode;
import fr.caleol.committee.domain.SittingRepository;
import fr.caleol.committee.domain.SittingState;
import fr.caleol.housing.domain.Dwelling;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.CurrentUser;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What the live sitting's services share: who the caller is in a sitting (their convened seat, the president's),
 * the sitting and item looked up or refused, and the electorate of an item from the seats and who is present.
 * Called inside the callers' transactions.
 */
@Component
class LiveSeats {

    private final SittingRepository sittings;
    private final AgendaItemRepository items;
    private final ConvocationRepository convocations;
    private final AttendanceRepository attendance;
    private final CurrentUser currentUser;

    LiveSeats(SittingRepository sittings, AgendaItemRepository items, ConvocationRepository convocations,
            AttendanceRepository attendance, CurrentUser currentUser) {
        this.sittings = sittings;
        this.items = items;
        this.convocations = convocations;
        this.attendance = attendance;
        this.currentUser = currentUser;
    }

    Sitting sitting(long sittingId) {
        return sittings.findWithCommittee(sittingId).orElseThrow(() -> new BusinessException("committee.error.notFound"));
    }

    Sitting inProgress(long sittingId) {
        Sitting sitting = sitting(sittingId);
        if (sitting.getState() != SittingState.IN_PROGRESS) {
            throw new BusinessException("committee.error.sittingNotInProgress");
        }
        return sitting;
    }

    AgendaItem item(long itemId) {
        return items.findById(itemId).orElseThrow(() -> new BusinessException("committee.error.notFound"));
    }

    AgendaItem itemOf(long sittingId, long itemId) {
        AgendaItem item = item(itemId);
        if (!item.getSitting().getId().equals(sittingId)) {
            throw new BusinessException("committee.error.notFound");
        }
        return item;
    }

    List<Convocation> convened(long sittingId) {
        return convocations.findBySitting(sittingId);
    }

    /** The caller's active convened seat in the sitting, or a refusal. */
    Seat requireSeat(long sittingId) {
        Optional<String> username = currentUser.username();
        return username.flatMap(name -> convened(sittingId).stream().map(Convocation::getSeat)
                        .filter(seat -> seat.isActive() && seat.getUser().getUsername().equals(name)).findFirst())
                .orElseThrow(() -> new AccessDeniedException("Not convened to sitting " + sittingId));
    }

    /** An active seat convened to the sitting, by id, or a refusal naming the problem. */
    Seat convenedSeat(long sittingId, long seatId) {
        return convened(sittingId).stream().map(Convocation::getSeat)
                .filter(seat -> seat.isActive() && seat.getId() == seatId).findFirst()
                .orElseThrow(() -> new BusinessException("committee.error.seatNotConvened"));
    }

    /**
     * Who leads the sitting: the president; in an in-person sitting, the secretary who records it (members have no
     * screen there).
     */
    void requireLead(Sitting sitting) {
        if (sitting.getMode() == SittingMode.IN_PERSON) {
            requireStaff();
        } else {
            requirePresident(sitting.getId());
        }
    }

    private void requirePresident(long sittingId) {
        if (requireSeat(sittingId).getKind() != SeatKind.PRESIDENT) {
            throw new AccessDeniedException("Only the president leads the sitting");
        }
    }

    /** The room of a hybrid or in-person sitting is recorded by the staff: a secretary or an administrator. */
    void requireStaff() {
        if (!currentUser.hasAnyRole(Role.SECRETARY, Role.ADMIN)) {
            throw new AccessDeniedException("Only the secretary records the room");
        }
    }

    /** A sitting with a room, open: where the secretary records arrivals, departures and ballots. */
    Sitting withOpenRoom(long sittingId) {
        Sitting sitting = sitting(sittingId);
        if (!sitting.getMode().hasRoom()) {
            throw new BusinessException("committee.error.noRoom");
        }
        if (sitting.getState() != SittingState.CONVENED && sitting.getState() != SittingState.IN_PROGRESS) {
            throw new BusinessException("committee.error.sittingNotOpen");
        }
        return sitting;
    }

    /** The seats present now, online or in the room. */
    Set<Long> presentSeats(long sittingId) {
        return openAttendance(sittingId).stream().map(Attendance::getSeatId).collect(Collectors.toSet());
    }

    /** The open stretches of presence, online and in the room. */
    List<Attendance> openAttendance(long sittingId) {
        return attendance.findOpen(sittingId);
    }

    boolean inRoom(long sittingId, long seatId) {
        return !attendance.findOpenInRoom(sittingId, seatId).isEmpty();
    }

    /** Written procedure: every titular seat takes part (substitutes do not stand in, nobody is "absent"). */
    static Set<Long> titularSeats(List<Convocation> convened) {
        return convened.stream().map(Convocation::getSeat).filter(s -> s.getKind() != SeatKind.SUBSTITUTE)
                .map(Seat::getId).collect(Collectors.toSet());
    }

    static Electorate electorate(AgendaItem item, List<Convocation> convened, Set<Long> present,
            Collection<ConflictDeclaration> declared) {
        Dwelling dwelling = item.getDwelling();
        return Electorate.of(activeSeats(convened),
                new Electorate.DwellingRef(dwelling.getCommune().getInseeCode(), dwelling.getReservataire()),
                present, declared.stream().map(ConflictDeclaration::getSeatId).collect(Collectors.toSet()));
    }

    static List<Electorate.SeatRef> activeSeats(List<Convocation> convened) {
        return convened.stream().map(Convocation::getSeat).filter(Seat::isActive).map(Seat::ref).toList();
    }
}
