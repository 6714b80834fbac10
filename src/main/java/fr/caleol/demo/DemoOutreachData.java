package fr.caleol.demo;

import fr.caleol.outreach.service.CampaignForm;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's tenancy data (about 5 000 tenants, fixed seed) and a draft outreach campaign starting next Monday with
 * the demo volunteers enrolled: the coordinator previews it (about 1 400 targets) and starts it.
 */
@Component
@ConditionalOnProperty(name = DemoProperties.ENABLED, havingValue = "true")
class DemoOutreachData {

    private static final Logger log = LoggerFactory.getLogger(DemoOutreachData.class);
    static final long SEED = 20_200_316L;
    static final String PREFIX = "LOC";
    static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 11, 30);

    private final TenancyDataGenerator generator;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    DemoOutreachData(TenancyDataGenerator generator, JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.generator = generator;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    void loadOnce() {
        transaction.executeWithoutResult(status -> {
            Integer present = jdbc.queryForObject("SELECT COUNT(*) FROM household WHERE reference LIKE ?",
                    Integer.class, PREFIX + "-F%");
            if (present != null && present > 0) {
                log.info("Demo tenancy data already loaded ({} households)", present);
                return;
            }
            TenancyDataGenerator.Result result = generator.generate(SEED, PREFIX, 5_000, REFERENCE_DATE);
            log.info("Demo tenancy data created: {}", result);
            LocalDate start = REFERENCE_DATE.with(TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
            jdbc.update("""
                    INSERT INTO outreach_campaign (name, start_date, weeks, alone_min_age, couple_min_age, script, status)
                    VALUES (?, ?, 8, 70, 75, ?, 'DRAFT')""", "Appels solidaires hiver 2026", start,
                    CampaignForm.DEFAULT_SCRIPT);
            long campaign = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
            for (DemoAccounts.Account account : DemoAccounts.ALL) {
                if (account.roles().contains(fr.caleol.security.domain.Role.VOLUNTEER)) {
                    jdbc.update("INSERT INTO outreach_volunteer (campaign_id, username, capacity) VALUES (?, ?, 200)",
                            campaign, account.username());
                }
            }
        });
    }
}
