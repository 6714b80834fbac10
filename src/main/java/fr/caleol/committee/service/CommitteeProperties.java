package fr.caleol.committee.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
 * @param firstQuartileTargetPercent the share of attributions outside QPV owed to first-quartile applicants (CCH
 *     L441-1: 25 % unless the intercommunal agreement sets another)
 * @param priorityTargetPercent the share of attributions owed to priority and DALO households (CCH L441-1: 25 %)
 */
@Validated
@ConfigurationProperties("caleol.committee")
public record CommitteeProperties(
        @NotNull @DefaultValue(WRITTEN_CLOSE_CHECK) Duration writtenCloseCheck,
        @NotNull @DefaultValue(OFFER_LAPSE_CHECK) Duration offerLapseCheck,
        @NotNull @DefaultValue("PT1M") Duration reminderCheck,
        @NotNull @DefaultValue("P30D") Duration dossierAccessAfterClose,
        @Min(0) @Max(100) @DefaultValue("25") int firstQuartileTargetPercent,
        @Min(0) @Max(100) @DefaultValue("25") int priorityTargetPercent) {

    public static final String WRITTEN_CLOSE_CHECK = "PT30S";
    public static final String OFFER_LAPSE_CHECK = "PT1H";
}
