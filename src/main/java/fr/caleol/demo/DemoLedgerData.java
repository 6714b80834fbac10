package fr.caleol.demo;

import fr.caleol.base.db.BatchInsert;
import fr.caleol.security.domain.Role;
import fr.caleol.socialcell.service.ArrearsCaseService;
import fr.caleol.socialcell.service.CaseSummary;
import fr.caleol.tenancy.domain.Movement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 24 months of rent ledger for the demo leases ({@link LedgerDemoPlan}, fixed seed), then one detection run on
 * 30 April 2021 as the team lead; the cases opened are shared between the demo advisers.
 */
@Component
@ConditionalOnProperty(name = "caleol.demo.enabled", havingValue = "true")
class DemoLedgerData {

    private static final Logger log = LoggerFactory.getLogger(DemoLedgerData.class);
    static final LocalDate DETECTION_DAY = LocalDate.of(2021, 4, 30);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ArrearsCaseService cases;

    DemoLedgerData(JdbcTemplate jdbc, TransactionTemplate transaction, ArrearsCaseService cases) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.cases = cases;
    }

    void loadOnce() {
        Integer present = jdbc.queryForObject("""
                SELECT COUNT(*) FROM rent_movement m JOIN lease l ON l.id = m.lease_id WHERE l.reference LIKE ?""",
                Integer.class, DemoOutreachData.PREFIX + "%");
        if (present != null && present > 0) {
            log.info("Demo rent ledger already loaded ({} movements)", present);
            return;
        }
        record Lease(long id, String reference, LocalDate start, LocalDate end, BigDecimal rent) {}
        List<Lease> leases = jdbc.query("""
                SELECT id, reference, start_date, end_date, monthly_rent + monthly_charges FROM lease
                WHERE reference LIKE ? ORDER BY reference""", (rs, n) -> new Lease(rs.getLong(1), rs.getString(2),
                rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getBigDecimal(5)),
                DemoOutreachData.PREFIX + "%");
        LocalDateTime now = LocalDateTime.of(2021, 4, 30, 20, 0);
        transaction.executeWithoutResult(status -> {
            BatchInsert insert = BatchInsert.into(jdbc, "rent_movement", "lease_id", "kind", "movement_date",
                    "due_date", "amount", "means", "recorded_at");
            for (Lease lease : leases) {
                long seed = DemoOutreachData.SEED ^ lease.reference().hashCode();
                for (Movement m : LedgerDemoPlan.ledger(seed, lease.start(), lease.end(), lease.rent())) {
                    insert.add(lease.id(), m.kind().name(), m.date(), m.dueDate(), m.amount(),
                            m.means() == null ? null : m.means().name(), now);
                }
            }
            insert.flush();
            log.info("Demo rent ledger: {} movements for {} leases", insert.writtenRows(), leases.size());
        });
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            var authorities = List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()));
            SecurityContext system = SecurityContextHolder.createEmptyContext();
            system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    new User("demo", "n/a", authorities), null, authorities));
            SecurityContextHolder.setContext(system);
            log.info("Demo arrears detection on {}: {}", DETECTION_DAY, cases.detect(DETECTION_DAY));
            List<String> advisers = DemoAccounts.ALL.stream()
                    .filter(a -> a.roles().contains(Role.SOCIAL_ADVISER)).map(DemoAccounts.Account::username)
                    .toList();
            List<CaseSummary> open = cases.allCases();
            for (int i = 0; i < open.size(); i++) {
                if (open.get(i).adviser() == null && i % 5 != 4) { // one case in five left for the lead to assign
                    cases.assign(open.get(i).id(), advisers.get(i % advisers.size()));
                }
            }
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
