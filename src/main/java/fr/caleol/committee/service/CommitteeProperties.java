package fr.caleol.committee.service;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Committee jobs ({@code caleol.committee.*}).
 *
 * @param writtenCloseCheck how often the written-procedure votes whose window ended are closed
 * @param offerLapseCheck how often the offers whose reply deadline passed are lapsed
 */
@Validated
@ConfigurationProperties("caleol.committee")
public record CommitteeProperties(
        @NotNull @DefaultValue(WRITTEN_CLOSE_CHECK) Duration writtenCloseCheck,
        @NotNull @DefaultValue(OFFER_LAPSE_CHECK) Duration offerLapseCheck) {

    public static final String WRITTEN_CLOSE_CHECK = "PT30S";
    public static final String OFFER_LAPSE_CHECK = "PT1H";
}
