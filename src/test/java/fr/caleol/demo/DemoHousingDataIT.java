package fr.caleol.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caleol.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class DemoHousingDataIT {

    @Autowired DemoHousingData demo;
    @Autowired JdbcTemplate jdbc;

    @Test
    void the_demo_housing_data_is_loaded_once_however_often_the_loader_runs() {
        demo.loadOnce(); // at start-up it already ran: this one and the next find the data and add nothing
        assertThat(demo.loadOnce()).isEmpty();

        assertThat(demoApplications()).isEqualTo(2_000);
        assertThat(count("SELECT COUNT(*) FROM dwelling WHERE reference LIKE 'LGT-%'")).isEqualTo(300);
        assertThat(count("SELECT COUNT(*) FROM dwelling WHERE reference LIKE 'LGT-%' AND status = 'PROPOSED'"))
                .isEqualTo(30);
        assertThat(count("SELECT COUNT(*) FROM candidacy c JOIN dwelling d ON d.id = c.dwelling_id "
                + "WHERE d.reference LIKE 'LGT-%'")).isEqualTo(90);
    }

    @Test
    void the_demo_data_is_varied_like_a_real_register() {
        String demoRows = "SUBSTRING(a.numero_unique, 14) IN ('" + String.join("','", HousingDataGenerator.bodies())
                + "')";
        Map<String, Object> figures = jdbc.queryForMap("SELECT "
                + "SUM(a.dalo) AS dalo, SUM(a.household_size = 1) AS singles, SUM(a.household_size >= 4) AS families, "
                + "SUM(a.renewal_date IS NOT NULL) AS renewed, SUM(a.reference_income IS NULL) AS no_income, "
                + "SUM(a.status = 'PROPOSED') AS proposed, MIN(a.filing_date) AS first, "
                + "COUNT(DISTINCT a.ceiling_zone) AS zones FROM housing_application a WHERE " + demoRows);
        assertThat(((Number) figures.get("dalo")).intValue()).isBetween(40, 200);
        assertThat(((Number) figures.get("singles")).intValue()).isBetween(500, 1000);
        assertThat(((Number) figures.get("families")).intValue()).isBetween(200, 800);
        assertThat(((Number) figures.get("renewed")).intValue()).isBetween(800, 1600);
        assertThat(((Number) figures.get("no_income")).intValue()).isBetween(1, 100);
        assertThat(((Number) figures.get("proposed")).intValue()).isEqualTo(90);
        assertThat(((Number) figures.get("zones")).intValue()).isEqualTo(2);
        assertThat(count("SELECT COUNT(DISTINCT p.application_id) FROM household_person p "
                + "JOIN housing_application a ON a.id = p.application_id WHERE p.disabled AND " + demoRows))
                .isBetween(100, 500);
        assertThat(count("SELECT COUNT(*) FROM housing_application a WHERE " + demoRows
                + " AND (SELECT COUNT(*) FROM application_document d WHERE d.application_id = a.id) < 5"))
                .as("applications with missing documents").isGreaterThan(500);
        // (an application out of the register for a year may have been anonymised by the retention rule already)
        List<String> names = jdbc.queryForList("SELECT applicant_name FROM housing_application a WHERE " + demoRows
                + " AND a.anonymised_on IS NULL ORDER BY a.id LIMIT 50", String.class);
        assertThat(names).hasSize(50).allMatch(n -> n.matches("[A-ZÀ-Ü' -]+ [A-ZÀ-Ü][a-zà-ÿ-]+"));
    }

    private int demoApplications() {
        return count("SELECT COUNT(*) FROM housing_application WHERE SUBSTRING(numero_unique, 14) IN ('"
                + String.join("','", HousingDataGenerator.bodies()) + "')");
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
