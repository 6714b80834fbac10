package fr.caleol.demo;

import fr.caleol.base.db.BatchInsert;
import fr.caleol.tenancy.domain.Movement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes 24 months of rent ledger ({@link LedgerDemoPlan}: May 2019 – April 2021, about 13 % of months unpaid,
 * 18 % in April 2020) for every lease whose reference starts with a prefix, with multi-row inserts. Deterministic for
 * a seed. Used by the benchmark (30 000 leases × 24 months); the demo data uses the same plan.
 */
@Component
public class LedgerDataGenerator {

    /** The last day of the generated ledger. */
    public static final LocalDate LAST_DAY = LedgerDemoPlan.FIRST.plusMonths(LedgerDemoPlan.MONTHS - 1L).atEndOfMonth();

    private final JdbcTemplate jdbc;

    public LedgerDataGenerator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes the ledgers of the first {@code maxLeases} leases {@code prefix...} (in id order); returns the number of
     * movements written.
     */
    public long generate(long seed, String leasePrefix, int maxLeases) {
        record Lease(long id, String reference, LocalDate start, LocalDate end, BigDecimal rent) {}
        List<Lease> leases = jdbc.query("""
                SELECT id, reference, start_date, end_date, monthly_rent + monthly_charges FROM lease
                WHERE reference LIKE ? ORDER BY id LIMIT ?""", (rs, n) -> new Lease(rs.getLong(1), rs.getString(2),
                rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getBigDecimal(5)),
                leasePrefix + "%", maxLeases);
        LocalDateTime recordedAt = LAST_DAY.atTime(20, 0);
        BatchInsert insert = BatchInsert.into(jdbc, "rent_movement", "lease_id", "kind", "movement_date", "due_date",
                "amount", "means", "recorded_at");
        for (Lease lease : leases) {
            for (Movement m : LedgerDemoPlan.ledger(seed ^ lease.reference().hashCode(), lease.start(), lease.end(),
                    lease.rent())) {
                insert.add(lease.id(), m.kind().name(), m.date(), m.dueDate(), m.amount(),
                        m.means() == null ? null : m.means().name(), recordedAt);
            }
        }
        insert.flush();
        return insert.writtenRows();
    }
}
