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
 * @param reminderCheck how often the sittings owing a reminder mail are looked for
 * @param dossierAccessAfterClose how long after a sitting closed its members may still read its candidates' dossiers
 *     when its minutes are not yet published (publication ends it at once)
 */
@Validated
@ConfigurationProperties("caleol.committee")
public record CommitteeProperties(
        @NotNull @DefaultValue(WRITTEN_CLOSE_CHECK) Duration writtenCloseCheck,
        @NotNull @DefaultValue(OFFER_LAPSE_CHECK) Duration offerLapseCheck,
        @NotNull @DefaultValue("PT1M") Duration reminderCheck,
        @NotNull @DefaultValue("P30D") Duration dossierAccessAfterClose) {

    public static final String WRITTEN_CLOSE_CHECK = "PT30S";
    public static final String OFFER_LAPSE_CHECK = "PT1H";
}
