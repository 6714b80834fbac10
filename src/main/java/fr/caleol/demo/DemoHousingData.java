package fr.caleol.demo;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's housing data, loaded once: 300 dwellings and 2 000 applications in the Seine-Saint-Denis communes,
 * 30 vacant dwellings with three candidates each. Always the same data for a given day (fixed seed); loaded in
 * one transaction, so a failure leaves nothing half done.
 */
@Component
@ConditionalOnProperty(name = DemoProperties.ENABLED, havingValue = "true")
class DemoHousingData {

    private static final Logger log = LoggerFactory.getLogger(DemoHousingData.class);
    static final HousingDataLoader.Spec SPEC = new HousingDataLoader.Spec(20_200_330L, "LGT", 300, 2_000, 30,
            100_001);

    private final HousingDataLoader loader;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    DemoHousingData(HousingDataLoader loader, JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.loader = loader;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Loads the data unless it is already there; returns what was created. */
    Optional<HousingDataLoader.Result> loadOnce() {
        return transaction.execute(status -> {
            Integer present = jdbc.queryForObject("SELECT COUNT(*) FROM dwelling WHERE reference LIKE ?",
                    Integer.class, SPEC.referencePrefix() + "-%");
            if (present != null && present > 0) {
                log.info("Demo housing data already loaded ({} dwellings)", present);
                return Optional.empty();
            }
            HousingDataLoader.Result result = loader.load(SPEC);
            log.info("Demo housing data created: {}", result);
            return Optional.of(result);
        });
    }
}
