package fr.caleol.support;

import fr.caleol.security.domain.Role;
import fr.caleol.socialcell.service.ArrearsCaseService;
import fr.caleol.tenancy.domain.Movement;
import fr.caleol.tenancy.domain.PaymentMeans;
import fr.caleol.tenancy.service.RentLedgerService;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An arrears case as the social cell meets it: a lease (from {@link OutreachFixtures}, rent and charges 480 €) that
 * paid on time every month, then left rents unpaid; the detection opened the case once the last unpaid rent passed
 * the 10-day grace period, and the case is assigned to a fresh adviser. Dates are unique per call, far in the past,
 * since the test database is shared and the detection scans every lease.
 */
@Component
public class ArrearsFixtures {

    public static final BigDecimal RENT = new BigDecimal("480.00");

    /** What a test needs of the case it works on. */
    public record ArrearsCase(long caseId, long leaseId, String leaseReference, String lastName,
            LocalDate firstUnpaid, LocalDate detectedOn, String adviser) {

        /** The debt: one rent per unpaid month. */
        public BigDecimal debt(int unpaidMonths) {
            return RENT.multiply(BigDecimal.valueOf(unpaidMonths));
        }
    }

    private final OutreachFixtures households;
    private final RentLedgerService ledger;
    private final ArrearsCaseService cases;
    private final JdbcTemplate jdbc;
    private final fr.caleol.security.domain.AppUserRepository users;

    public ArrearsFixtures(OutreachFixtures households, RentLedgerService ledger, ArrearsCaseService cases,
            JdbcTemplate jdbc, fr.caleol.security.domain.AppUserRepository users) {
        this.users = users;
        this.households = households;
        this.ledger = ledger;
        this.cases = cases;
        this.jdbc = jdbc;
    }

    /**
     * A household named {@code lastName} (tenants born on {@code birthDates}, one aged 40 when none is given) paid
     * {@code paidMonths} rents on their due date, then left {@code unpaidMonths} rents unpaid. Leaves the test
     * acting as the administrator "chef" who ran the detection and assigned the case.
     */
    public ArrearsCase assignedCase(String lastName, int paidMonths, int unpaidMonths, LocalDate... birthDates) {
        LocalDate day = OutreachFixtures.uniqueDay().withDayOfMonth(5);
        LocalDate[] births = birthDates.length > 0 ? birthDates : new LocalDate[] {day.minusYears(40)};
        long tenant = households.household(day, lastName, births).getFirst();
        long lease = jdbc.queryForObject("SELECT l.id FROM lease l JOIN tenant t ON t.household_id = l.household_id "
                + "WHERE t.id = ?", Long.class, tenant);
        String reference = jdbc.queryForObject("SELECT reference FROM lease WHERE id = ?", String.class, lease);
        TestUsers.actAs("chef", Role.ADMIN);
        for (int m = 0; m < paidMonths; m++) {
            ledger.record(lease, Movement.rentCall(day.plusMonths(m), RENT), null, "Loyer");
            ledger.record(lease, Movement.payment(day.plusMonths(m), RENT, PaymentMeans.DIRECT_DEBIT), "PRLV",
                    null);
        }
        LocalDate firstUnpaid = day.plusMonths(paidMonths);
        for (int m = 0; m < unpaidMonths; m++) {
            ledger.record(lease, Movement.rentCall(firstUnpaid.plusMonths(m), RENT), null, "Loyer");
        }
        LocalDate detectedOn = firstUnpaid.plusMonths(unpaidMonths - 1L).plusDays(10);
        cases.detect(detectedOn);
        long caseId = jdbc.queryForObject("SELECT id FROM arrears_case WHERE lease_id = ?", Long.class, lease);
        String adviser = newAdviser("cons");
        cases.assign(caseId, adviser);
        return new ArrearsCase(caseId, lease, reference, lastName, firstUnpaid, detectedOn, adviser);
    }

    /** A new active account holding SOCIAL_ADVISER (cases go only to such an account); its user name. */
    public String newAdviser(String prefix) {
        String username = TestUsers.unique(prefix);
        var adviser = new fr.caleol.security.domain.AppUser(username, "Conseiller " + username, "{noop}unused",
                java.util.Set.of(Role.SOCIAL_ADVISER));
        adviser.setEmail(username + "@caleol.test");
        users.save(adviser);
        return username;
    }
}
