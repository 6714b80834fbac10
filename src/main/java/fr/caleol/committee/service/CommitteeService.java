package fr.caleol.committee.service;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.service.AuditLog;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.committee.domain.CastingVoteHolder;
import fr.caleol.committee.domain.Committee;
import fr.caleol.committee.domain.CommitteeRepository;
import fr.caleol.committee.domain.QuorumRule;
import fr.caleol.committee.domain.Seat;
import fr.caleol.committee.domain.SeatKind;
import fr.caleol.committee.domain.SeatRepository;
import fr.caleol.housing.domain.Reservataire;
import fr.caleol.housing.service.HousingRecords;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.Accounts;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Committees, their rules and their seats (ADMIN and SECRETARY). */
@Service
@RolesAllowed({Role.Names.ADMIN, Role.Names.SECRETARY})
public class CommitteeService {

    private final CommitteeRepository committees;
    private final SeatRepository seats;
    private final Accounts accounts;
    private final HousingRecords housing;
    private final AuditLog auditLog;

    CommitteeService(CommitteeRepository committees, SeatRepository seats, Accounts accounts,
            HousingRecords housing, AuditLog auditLog) {
        this.committees = committees;
        this.seats = seats;
        this.accounts = accounts;
        this.housing = housing;
        this.auditLog = auditLog;
    }

    /** The rules of a committee, as its internal regulations set them. */
    /** A committee's rules; {@code noticeDays}: the convocation notice, in clear days. */
    public record Rules(QuorumRule quorum, boolean abstentionsAreVotesCast, CastingVoteHolder castingVoteHolder,
            boolean remoteAllowed, int writtenWindowHours, int noticeDays) {}

    /** A seat to create: {@code communeInsee} for a mayor, {@code reservataire} for a réservataire, {@code
     * substituteForSeatId} for a substitute. */
    public record SeatForm(String username, SeatKind kind, boolean tenantRepresentative, String communeInsee,
            Reservataire reservataire, Long substituteForSeatId) {}

    @Transactional(readOnly = true)
    public List<Committee> committees() {
        return committees.findAll();
    }

    @Transactional
    public Committee create(String name, String territory, Rules rules) {
        if (name == null || name.isBlank() || territory == null || territory.isBlank()) {
            throw new BusinessException("validation.required");
        }
        if (committees.existsByName(name.trim())) {
            throw new BusinessException("committee.error.nameTaken", name.trim());
        }
        Committee committee = new Committee(name.trim(), territory.trim());
        applyRules(committee, rules);
        committees.save(committee);
        auditLog.record(AuditAction.COMMITTEE_CHANGED, "committee", committee.getId(), "created");
        return committee;
    }

    @Transactional
    public Committee updateRules(long committeeId, long version, Rules rules) {
        Committee committee = committees.findById(committeeId)
                .orElseThrow(() -> new BusinessException("committee.error.notFound"));
        if (committee.getVersion() != version) {
            throw BusinessException.staleData();
        }
        applyRules(committee, rules);
        auditLog.record(AuditAction.COMMITTEE_CHANGED, "committee", committeeId, "rules " + rules);
        return committee;
    }

    private static void applyRules(Committee committee, Rules rules) {
        if (rules.writtenWindowHours() < 1 || rules.writtenWindowHours() > 336) {
            throw new BusinessException("committee.error.windowRange");
        }
        if (rules.noticeDays() < 0 || rules.noticeDays() > Committee.NOTICE_DAYS_MAX) {
            throw new BusinessException("committee.error.noticeRange", Committee.NOTICE_DAYS_MAX);
        }
        committee.setNoticeDays(rules.noticeDays());
        committee.setRules(rules.quorum(), rules.abstentionsAreVotesCast(), rules.castingVoteHolder(),
                rules.remoteAllowed(), rules.writtenWindowHours());
    }

    @Transactional(readOnly = true)
    public List<Seat> seats(long committeeId) {
        return seats.findActiveByCommittee(committeeId);
    }

    @Transactional
    public Seat addSeat(long committeeId, SeatForm form) {
        Committee committee = committees.findById(committeeId)
                .orElseThrow(() -> new BusinessException("committee.error.notFound"));
        var user = accounts.byUsername(form.username())
                .orElseThrow(() -> new BusinessException("committee.error.unknownUser", form.username()));
        if (seats.findActive(committeeId, form.username()).isPresent()) {
            throw new BusinessException("committee.error.alreadySeated", form.username());
        }
        Seat seat = new Seat(committee, user, form.kind());
        seat.setTenantRepresentative(form.tenantRepresentative() && form.kind() == SeatKind.BOARD_MEMBER);
        switch (form.kind()) {
            case MAYOR -> seat.setCommune(housing.commune(form.communeInsee() == null ? "" : form.communeInsee())
                    .orElseThrow(() -> new BusinessException("committee.error.mayorNeedsCommune")));
            case RESERVATAIRE -> {
                if (form.reservataire() == null) {
                    throw new BusinessException("committee.error.reservataireNeedsBody");
                }
                seat.setReservataire(form.reservataire());
            }
            case SUBSTITUTE -> {
                Seat titular = form.substituteForSeatId() == null ? null
                        : seats.findById(form.substituteForSeatId()).orElse(null);
                if (titular == null || !titular.getCommittee().getId().equals(committeeId)
                        || !titular.getKind().isVoting() || titular.getKind() == SeatKind.SUBSTITUTE) {
                    throw new BusinessException("committee.error.substituteNeedsTitular");
                }
                seat.setSubstituteFor(titular);
            }
            default -> { }
        }
        if (form.kind() == SeatKind.PRESIDENT && seats.findActiveByCommittee(committeeId).stream()
                .anyMatch(s -> s.getKind() == SeatKind.PRESIDENT)) {
            throw new BusinessException("committee.error.onePresident");
        }
        seats.save(seat);
        auditLog.record(AuditAction.COMMITTEE_CHANGED, "committee", committeeId,
                "seat " + form.kind() + " for " + form.username());
        return seat;
    }

    @Transactional
    public void removeSeat(long seatId) {
        Seat seat = seats.findById(seatId).orElseThrow(() -> new BusinessException("committee.error.notFound"));
        seat.setActive(false);
        auditLog.record(AuditAction.COMMITTEE_CHANGED, "committee", seat.getCommittee().getId(),
                "seat " + seatId + " removed");
    }
}
