package fr.caleol.socialcell.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the social cell's documents say about a case's lease: the tenants who signed it, the dwelling's address and
 * the adviser's name. Not role-checked: callers check access to the case first.
 */
@Component
class CaseFacts {

    /** A case's lease, its tenants (holder and partner) and the dwelling's address lines. */
    record Lease(long caseId, long leaseId, String leaseReference, BigDecimal rentAndCharges, String names,
            List<String> addressLines, String commune, String adviser) {}

    private final JdbcTemplate jdbc;

    CaseFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Lease lease(long caseId) {
        return jdbc.queryForObject("""
                SELECT c.id, l.id, l.reference, l.monthly_rent + l.monthly_charges, l.household_id, h.address_line,
                  co.postal_code, co.name, c.adviser
                FROM arrears_case c JOIN lease l ON l.id = c.lease_id JOIN household h ON h.id = l.household_id
                  JOIN commune co ON co.id = h.commune_id
                WHERE c.id = ?""", (rs, n) -> new Lease(rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getBigDecimal(4), names(rs.getLong(5)), List.of(rs.getString(6),
                        rs.getString(7) + " " + rs.getString(8).toUpperCase(Locale.FRENCH)), rs.getString(8),
                rs.getString(9)), caseId);
    }

    /** The holder and partner of a household ("Prénom Nom et Prénom Nom"); everyone if neither is recorded. */
    private String names(long householdId) {
        List<String> names = jdbc.queryForList("""
                SELECT CONCAT(first_name, ' ', last_name) FROM tenant
                WHERE household_id = ? AND household_role IN ('HOLDER', 'PARTNER')
                ORDER BY household_role = 'HOLDER' DESC, id""", String.class, householdId);
        if (names.isEmpty()) {
            names = jdbc.queryForList("SELECT CONCAT(first_name, ' ', last_name) FROM tenant WHERE household_id = ? "
                    + "ORDER BY id", String.class, householdId);
        }
        return joinNames(new ArrayList<>(names));
    }

    static String joinNames(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.getFirst();
        }
        String last = names.removeLast();
        return String.join(", ", names) + " et " + last;
    }

    /** A user's display name, or the username when the account is unknown. */
    String displayName(String username) {
        if (username == null) {
            return "";
        }
        List<String> found = jdbc.queryForList("SELECT display_name FROM app_user WHERE username = ?", String.class,
                username);
        return found.isEmpty() ? username : found.getFirst();
    }
}
