package fr.caleol.housing.service;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.service.AuditLog;
import fr.caleol.base.db.InList;
import fr.caleol.housing.domain.ApplicationStatus;
import fr.caleol.housing.domain.RetentionRule;
import fr.caleol.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the retention rule ({@link RetentionRule}, run nightly by {@link RetentionNightly}): the applications that left the register more than
 * {@code caleol.housing.retention-months} (12) months ago are anonymised: names, address, free texts, tax incomes and
 * the history's details are erased, birth dates are cut to the year. What remains (household size and category,
 * resources, wishes, decisions) keeps the statistics and the published minutes' references true. The day an
 * application left the register is the day of its last history entry (its filing date when it has none).
 */
@Service
public class ApplicationRetention {

    static final String ANONYMOUS = "Anonymisé";

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final int months;

    public ApplicationRetention(JdbcTemplate jdbc, AuditLog audit,
            HousingProperties settings) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.months = settings.retentionMonths();
    }

    /** Anonymises every application whose retention period is over on {@code today}; returns how many. */
    @Transactional
    @RolesAllowed(Role.Names.ADMIN)
    public int anonymiseExpired(LocalDate today) {
        List<Long> expired = new ArrayList<>();
        String statuses = RetentionRule.LEFT_REGISTER.stream().map(s -> "'" + s.name() + "'")
                .collect(Collectors.joining(", "));
        jdbc.query("""
                SELECT a.id, a.status, COALESCE(DATE((SELECT MAX(h.occurred_at) FROM application_history h
                  WHERE h.application_id = a.id)), a.filing_date)
                FROM housing_application a WHERE a.anonymised_on IS NULL AND a.status IN (%s)""".formatted(statuses),
                rs -> {
                    if (RetentionRule.expired(ApplicationStatus.valueOf(rs.getString(2)),
                            rs.getObject(3, LocalDate.class), today, months)) {
                        expired.add(rs.getLong(1));
                    }
                });
        InList.chunks(expired, chunk -> {
            String in = InList.marks(chunk.size());
            jdbc.update("""
                    UPDATE housing_application SET applicant_name = ?, reason_details = NULL, current_situation = NULL,
                      address_line = NULL, postal_code = NULL, city = NULL, tax_income_n2 = NULL, tax_income_n1 = NULL,
                      anonymised_on = ?, version = version + 1 WHERE id IN (%s)""".formatted(in),
                    with(chunk, ANONYMOUS, today));
            jdbc.update("""
                    UPDATE household_person SET last_name = ?, first_name = '—',
                      birth_date = MAKEDATE(YEAR(birth_date), 1) WHERE application_id IN (%s)""".formatted(in),
                    with(chunk, ANONYMOUS));
            jdbc.update("UPDATE application_history SET details = NULL WHERE application_id IN (%s)".formatted(in),
                    chunk.toArray());
        });
        if (!expired.isEmpty()) {
            audit.record(AuditAction.APPLICATIONS_ANONYMISED, "housing_application", 0L,
                    expired.size() + " applications out of the register for " + months + " months");
        }
        return expired.size();
    }

    /** The statement's parameters: {@code first} ones, then the ids. */
    private static Object[] with(List<Long> ids, Object... first) {
        List<Object> all = new ArrayList<>(List.of(first));
        all.addAll(ids);
        return all.toArray();
    }
}
