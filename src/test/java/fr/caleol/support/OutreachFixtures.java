package fr.caleol.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tenancy rows for outreach tests. Each test works on its own day far in the past: households get a lease running
 * on that day only, so that a campaign starting that day targets this test's tenants and nobody else's.
 */
@Component
public class OutreachFixtures {

    private static final Random RANDOM = new Random();
    private final JdbcTemplate jdbc;

    public OutreachFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A day of its own for a test, between 1901 and 1960. */
    public static LocalDate uniqueDay() {
        return LocalDate.of(1901, 1, 1).plusDays(RANDOM.nextInt(60 * 365));
    }

    /** A household with a lease running on {@code day} only; returns the tenant ids in order. */
    public List<Long> household(LocalDate day, String lastName, LocalDate... birthDates) {
        String ref = "T" + UUID.randomUUID().toString().substring(0, 12);
        long commune = jdbc.queryForObject("SELECT MIN(id) FROM commune WHERE insee_code LIKE '93%'", Long.class);
        jdbc.update("INSERT INTO household (reference, address_line, commune_id) VALUES (?, '3 rue Pasteur', ?)",
                ref, commune);
        long household = jdbc.queryForObject("SELECT id FROM household WHERE reference = ?", Long.class, ref);
        jdbc.update("""
                INSERT INTO lease (reference, household_id, dwelling_reference, start_date, end_date, monthly_rent,
                monthly_charges) VALUES (?, ?, ?, ?, ?, 400, 80)""", ref, household, ref, day, day);
        for (int i = 0; i < birthDates.length; i++) {
            String role = i == 0 ? "HOLDER" : birthDates.length == 2 ? "PARTNER" : "CHILD";
            jdbc.update("""
                    INSERT INTO tenant (reference, household_id, household_role, last_name, first_name, birth_date,
                    phone) VALUES (?, ?, ?, ?, ?, ?, '01 48 00 00 00')""", ref + "-" + i, household, role, lastName,
                    "Prénom" + i, birthDates[i]);
        }
        return jdbc.queryForList("SELECT id FROM tenant WHERE household_id = ? ORDER BY id", Long.class, household);
    }

    public String reference(long tenantId) {
        return jdbc.queryForObject("SELECT reference FROM tenant WHERE id = ?", String.class, tenantId);
    }

    /** A tenant of the household that holds the lease. */
    public long tenantOf(long leaseId) {
        return jdbc.queryForObject("SELECT MIN(t.id) FROM tenant t JOIN lease l ON l.household_id = t.household_id "
                + "WHERE l.id = ?", Long.class, leaseId);
    }
}
