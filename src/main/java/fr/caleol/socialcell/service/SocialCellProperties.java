package fr.caleol.socialcell.service;

import fr.caleol.base.config.LandlordProperties;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The social cell ({@code caleol.socialcell.*}).
 *
 * @param phone the cell's phone number printed on its letters and plans
 * @param signaturePlace the town printed in "Fait à … le …" under a repayment plan
 * @param graceDays days after a rent's due date before an unpaid rent opens a case
 * @param breachDays days after an instalment's due date before an unpaid instalment puts the plan in default
 * @param nightly when the nightly detection runs (Spring cron, Europe/Paris)
 */
@Validated
@ConfigurationProperties("caleol.socialcell")
public record SocialCellProperties(
        @NotBlank @Pattern(regexp = LandlordProperties.PHONE, message = "must be a phone number (digits, spaces, dots, +)")
        @DefaultValue(DEMO_PHONE) String phone,
        @NotBlank @Size(max = 80) @DefaultValue(DEMO_SIGNATURE_PLACE) String signaturePlace,
        @Min(0) @Max(60) @DefaultValue("10") int graceDays,
        @Min(0) @Max(90) @DefaultValue("15") int breachDays,
        @NotBlank @DefaultValue(NIGHTLY) String nightly) {

    public static final String DEMO_PHONE = LandlordProperties.DEMO_PHONE;
    public static final String DEMO_SIGNATURE_PLACE = "Bobigny";
    public static final String NIGHTLY = "0 30 2 * * *";

    /** The demo values, by the property that holds each: refused in production. */
    public static final Map<String, String> DEMO_VALUES = Map.of(
            "caleol.socialcell.phone", DEMO_PHONE,
            "caleol.socialcell.signature-place", DEMO_SIGNATURE_PLACE);

    /** The cell's phone as printed: it never breaks across lines. */
    public String printedPhone() {
        return LandlordProperties.unbreakable(phone);
    }
}
