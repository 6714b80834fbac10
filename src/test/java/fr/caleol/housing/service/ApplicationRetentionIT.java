package fr.caleol.housing.service;

import static fr.caleol.housing.HousingFixtures.newLastName;
import static fr.caleol.housing.HousingFixtures.newNumero;
import static fr.caleol.housing.HousingFixtures.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caleol.base.domain.LandlordTime;
import fr.caleol.housing.domain.HouseholdPerson;
import fr.caleol.security.domain.Role;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.TestUsers;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ApplicationRetentionIT {

    static final LocalDate TODAY = LocalDate.now(LandlordTime.ZONE);

    @Autowired HousingApplicationService applications;
    @Autowired ApplicationRetention retention;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void nobody() {
        TestUsers.anonymous();
    }

    /** An application filed by the secretary, then moved to {@code status}, its whole history dated {@code lastEvent}. */
    long application(String lastName, String status, LocalDate lastEvent) {
        TestUsers.actAs("secretaire", Role.SECRETARY);
        long id = applications.create(single(newNumero(), lastName, 21000L)).getId();
        jdbc.update("UPDATE housing_application SET status = ? WHERE id = ?", status, id);
        jdbc.update("UPDATE application_history SET occurred_at = ? WHERE application_id = ?",
                lastEvent.atTime(10, 0), id);
        jdbc.update("INSERT INTO application_history (application_id, occurred_at, actor, kind, status, details) "
                + "VALUES (?, ?, 'secretaire', 'STATUS_CHANGED', ?, 'Radiée à la demande du demandeur')", id,
                LocalDateTime.of(lastEvent, java.time.LocalTime.NOON), status);
        return id;
    }

    String name(long id) {
        return jdbc.queryForObject("SELECT applicant_name FROM housing_application WHERE id = ?", String.class, id);
    }

    @Test
    void an_application_out_of_the_register_for_a_year_is_anonymised_the_others_are_kept() {
        long removed = application(newLastName("Radie"), "REMOVED", TODAY.minusMonths(13));
        long inadmissible = application(newLastName("Irrecevable"), "INADMISSIBLE", TODAY.minusYears(3));
        String recentName = newLastName("Recent");
        long recent = application(recentName, "ALLOCATED", TODAY.minusMonths(11));
        String activeName = newLastName("Active");
        long active = application(activeName, "ACTIVE", TODAY.minusYears(4));

        TestUsers.actAs("admin", Role.ADMIN);
        assertThat(retention.anonymiseExpired(TODAY)).isGreaterThanOrEqualTo(2);

        for (long id : new long[] {removed, inadmissible}) {
            assertThat(name(id)).isEqualTo(ApplicationRetention.ANONYMOUS);
            assertThat(jdbc.queryForObject("SELECT anonymised_on FROM housing_application WHERE id = ?",
                    LocalDate.class, id)).isEqualTo(TODAY);
            assertThat(jdbc.queryForList("SELECT last_name FROM household_person WHERE application_id = ?",
                    String.class, id)).containsOnly(ApplicationRetention.ANONYMOUS);
            assertThat(jdbc.queryForList("SELECT DAYOFYEAR(birth_date) FROM household_person WHERE application_id = ?",
                    Integer.class, id)).as("birth dates cut to the year").containsOnly(1);
            assertThat(jdbc.queryForList("SELECT details FROM application_history WHERE application_id = ? "
                    + "AND details IS NOT NULL", String.class, id)).isEmpty();
        }
        assertThat(name(recent)).as("out of the register for 11 months only").containsIgnoringCase(recentName);
        assertThat(name(active)).as("still on the register").containsIgnoringCase(activeName);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'APPLICATIONS_ANONYMISED'",
                Integer.class)).isPositive();

        assertThat(retention.anonymiseExpired(TODAY)).as("nothing is anonymised twice").isZero();

        TestUsers.actAs("secretaire", Role.SECRETARY);
        assertThat(applications.dossier(removed).persons()).extracting(HouseholdPerson::getLastName)
                .as("the dossier still opens, without the person's name").containsOnly(ApplicationRetention.ANONYMOUS);
    }

    @Test
    void only_an_administrator_runs_the_retention() {
        for (Role role : Role.values()) {
            if (role == Role.ADMIN) {
                continue;
            }
            TestUsers.actAs("someone", role);
            assertThatThrownBy(() -> retention.anonymiseExpired(TODAY)).as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
