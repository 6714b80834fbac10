package fr.caleol.base.config;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who the landlord is, as printed on every letter and PDF ({@code caleol.landlord.*}). The defaults are the demo
 * landlord's: the {@code prod} profile refuses to start with any of them ({@code fr.caleol.ProductionGuard}).
 *
 * @param name the landlord's name, e.g. "Seine-Saint-Denis Habitat"
 * @param address the landlord's postal address on one line
 * @param phone the landlord's switchboard number, as printed
 */
@Validated
@ConfigurationProperties("caleol.landlord")
public record LandlordProperties(
        @NotBlank @Size(max = 120) @DefaultValue(DEMO_NAME) String name,
        @NotBlank @Size(max = 200) @DefaultValue(DEMO_ADDRESS) String address,
        @NotBlank @Pattern(regexp = PHONE, message = "must be a phone number (digits, spaces, dots, +)")
        @DefaultValue(DEMO_PHONE) String phone) {

    public static final String DEMO_NAME = "CALEOL Habitat";
    public static final String DEMO_ADDRESS = "1 place de la Démonstration, 93000 Bobigny";
    public static final String DEMO_PHONE = "01 48 00 00 00";
    /** A phone number as people write it: digits, spaces, dots, dashes, parentheses and a leading +. */
    public static final String PHONE = "\\+?[0-9][0-9 .()-]{5,24}";

    /** The demo values, by the property that holds each: refused in production. */
    public static final Map<String, String> DEMO_VALUES = Map.of(
            "caleol.landlord.name", DEMO_NAME,
            "caleol.landlord.address", DEMO_ADDRESS,
            "caleol.landlord.phone", DEMO_PHONE);

    /** A phone number that never breaks across lines in a letter (spaces made non-breaking). */
    public static String unbreakable(String phone) {
        return phone.strip().replace(' ', '\u00A0');
    }
}
