package fr.caleol.housing.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Housing applications ({@code caleol.housing.*}).
 *
 * @param retentionMonths months after an application left the register before it is anonymised (one year by law)
 * @param retentionCron when the anonymisation runs (Spring cron, Europe/Paris)
 */
@Validated
@ConfigurationProperties("caleol.housing")
public record HousingProperties(
        @Min(1) @Max(120) @DefaultValue("12") int retentionMonths,
        @NotBlank @DefaultValue(RETENTION_CRON) String retentionCron) {

    public static final String RETENTION_CRON = "0 0 3 * * *";
}
