package fr.caleol.base.jobs;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs, each run by one node at a time: every {@code @Scheduled} job also carries {@code @SchedulerLock}, a
 * row of the {@code shedlock} table taken on the database's clock (nodes whose clocks drift still agree). A job whose
 * firing is tied to the calendar (the nightly runs) keeps its lock for a minute at least, so that a node whose clock
 * is a few seconds late does not run it a second time.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
public class SchedulingConfig {

    /**
     * How long a calendar job (nightly) keeps its lock at least: longer than the clocks of two nodes can differ, so
     * that the later node finds the job done ({@code caleol.scheduling.calendar-lock}).
     */
    public static final String CALENDAR_LOCK = "${caleol.scheduling.calendar-lock:PT1M}";

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
