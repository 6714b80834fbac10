package fr.caleol.tenancy.service;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.service.AuditLog;
import fr.caleol.base.db.InList;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.CurrentUser;
import fr.caleol.tenancy.domain.ArrearsRules;
import fr.caleol.tenancy.domain.Movement;
import fr.caleol.tenancy.domain.MovementKind;
import fr.caleol.tenancy.domain.PaymentMeans;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rent ledger of each lease: rent calls, payments, housing aid and adjustments. The balance is always the sum of
 * the movements; it is never stored. Ledger data is arrears data: only social advisers and the team lead (ADMIN)
 * reach it.
 */
@Service
public class RentLedgerService {

    /** 13 to 19 digits, possibly separated by spaces or dashes: looks like a payment card number. */
    private static final Pattern CARD_NUMBER = Pattern.compile("(?:\\d[ -]?){12,18}\\d");

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final LeaseScope scope;

    public RentLedgerService(JdbcTemplate jdbc, AuditLog audit, CurrentUser currentUser, Clock clock,
            LeaseScope scope) {
        this.scope = scope;
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A lease's monthly terms. */
    public record LeaseTerms(long leaseId, String reference, BigDecimal rentAndCharges, long householdId) {}

    @Transactional
    @RolesAllowed({Role.Names.SOCIAL_ADVISER, Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public void record(long leaseId, Movement m, String reference, String label) {
        requireLeases(List.of(leaseId));
        insert(leaseId, m, reference, label, currentUser.username().orElse(null));
    }

    /**
     * A card payment taken over the phone by an adviser. Only the provider's reference is kept; a reference that looks
     * like a card number is refused, so card numbers are never stored.
     */
    @Transactional
    @RolesAllowed({Role.Names.SOCIAL_ADVISER, Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public void recordPhonePayment(long leaseId, LocalDate date, BigDecimal amount, String providerReference) {
        if (amount == null || amount.signum() <= 0) {
            throw new BusinessException("socialcell.error.amount");
        }
        if (providerReference == null || providerReference.isBlank()) {
            throw new BusinessException("socialcell.error.reference");
        }
        if (looksLikeCardNumber(providerReference)) {
            throw new BusinessException("socialcell.error.cardNumber");
        }
        requireLeases(List.of(leaseId));
        lockLeases(jdbc, List.of(leaseId));
        insert(leaseId, Movement.payment(date, amount, PaymentMeans.CARD_BY_PHONE), providerReference.strip(),
                null, currentUser.requireUsername());
        audit.record(AuditAction.PHONE_PAYMENT_RECORDED, "lease", leaseId, amount.toPlainString());
    }

    /**
     * Locks the leases' rows, in id order, until the transaction ends: a change of their ledger and the recomputation
     * that follows it (a plan's paid amounts) are then serialized between concurrent writers (an import and a phone
     * payment on the same lease), and none recomputes from a ledger missing the other's movement.
     */
    static void lockLeases(JdbcTemplate jdbc, java.util.Collection<Long> leaseIds) {
        InList.chunks(leaseIds.stream().distinct().sorted().toList(), chunk -> jdbc.queryForList(
                "SELECT id FROM lease WHERE id IN (" + InList.marks(chunk.size()) + ") ORDER BY id FOR UPDATE",
                Long.class, chunk.toArray()));
    }

    /** An adviser reaches only the leases of his own cases (LeaseScope); the lead and ADMIN every lease. */
    private void requireLeases(java.util.Collection<Long> leaseIds) {
        LeaseScope.Access access = scope.current();
        for (Long leaseId : leaseIds) {
            if (!access.reaches(leaseId)) {
                throw new org.springframework.security.access.AccessDeniedException(
                        "Lease " + leaseId + " is not one of your cases");
            }
        }
    }

    public static boolean looksLikeCardNumber(String text) {
        return text != null && CARD_NUMBER.matcher(text).find();
    }

    private void insert(long leaseId, Movement m, String reference, String label, String by) {
        jdbc.update("""
                INSERT INTO rent_movement (lease_id, kind, movement_date, due_date, amount, means, reference, label,
                  recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", leaseId, m.kind().name(),
                m.date(), m.dueDate(), m.amount(), m.means() == null ? null : m.means().name(), reference, label, by,
                LandlordTime.utcNow(clock));
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SOCIAL_ADVISER, Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public List<Movement> movements(long leaseId) {
        requireLeases(List.of(leaseId));
        return jdbc.query("""
                SELECT kind, movement_date, due_date, amount, means FROM rent_movement WHERE lease_id = ?
                ORDER BY movement_date, id""", (rs, n) -> movement(rs, 1), leaseId);
    }

    /**
     * The movements of several leases in one query per thousand leases, each lease's in date order. A locking read:
     * it sees the latest committed movements (not the transaction's first snapshot), as the recomputation of the
     * plans after a ledger change needs.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SOCIAL_ADVISER, Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public Map<Long, List<Movement>> movementsOf(java.util.Collection<Long> leaseIds) {
        requireLeases(leaseIds);
        Map<Long, List<Movement>> result = new HashMap<>();
        InList.chunks(List.copyOf(leaseIds), chunk -> jdbc.query("""
                SELECT lease_id, kind, movement_date, due_date, amount, means FROM rent_movement
                WHERE lease_id IN (%s) ORDER BY lease_id, movement_date, id LOCK IN SHARE MODE"""
                .formatted(InList.marks(chunk.size())), rs -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(movement(rs, 2));
                }, chunk.toArray()));
        return result;
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SOCIAL_ADVISER, Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public BigDecimal balance(long leaseId, LocalDate day) {
        return ArrearsRules.balanceOn(movements(leaseId), day);
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SOCIAL_ADVISER, Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public LeaseTerms terms(long leaseId) {
        requireLeases(List.of(leaseId));
        return jdbc.queryForObject("""
                SELECT id, reference, monthly_rent + monthly_charges, household_id FROM lease WHERE id = ?""",
                (rs, n) -> new LeaseTerms(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getLong(4)),
                leaseId);
    }

    /**
     * Streams every lease's movements, one lease at a time, in lease order (one query for the whole ledger), for the
     * nightly detection. Not role-checked: called by the detection job, which runs as the system.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SOCIAL_ADVISER, Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN}) // the detection
    public void forEachLedger(BiConsumer<LeaseTerms, List<Movement>> consumer) {
        Map<Long, LeaseTerms> terms = new HashMap<>();
        jdbc.query("SELECT id, reference, monthly_rent + monthly_charges, household_id FROM lease",
                rs -> {
                    terms.put(rs.getLong(1), new LeaseTerms(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3),
                            rs.getLong(4)));
                });
        long[] current = {-1};
        List<Movement> buffer = new ArrayList<>();
        jdbc.query("""
                SELECT lease_id, kind, movement_date, due_date, amount, means FROM rent_movement
                ORDER BY lease_id, movement_date, id""", rs -> {
            long lease = rs.getLong(1);
            if (lease != current[0] && current[0] != -1) {
                consumer.accept(terms.get(current[0]), List.copyOf(buffer));
                buffer.clear();
            }
            current[0] = lease;
            buffer.add(movement(rs, 2));
        });
        if (current[0] != -1) {
            consumer.accept(terms.get(current[0]), List.copyOf(buffer));
        }
    }

    /** A movement read from the columns kind, movement_date, due_date, amount, means starting at {@code first}. */
    private static Movement movement(java.sql.ResultSet rs, int first) throws java.sql.SQLException {
        String means = rs.getString(first + 4);
        return new Movement(MovementKind.valueOf(rs.getString(first)), rs.getObject(first + 1, LocalDate.class),
                rs.getObject(first + 2, LocalDate.class), rs.getBigDecimal(first + 3),
                means == null ? null : PaymentMeans.valueOf(means));
    }
}
