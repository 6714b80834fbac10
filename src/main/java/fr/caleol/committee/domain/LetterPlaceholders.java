package fr.caleol.committee.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {{placeholders}} a letter template may use, their check at save and their replacement. */
public final class LetterPlaceholders {

    public static final List<String> KNOWN = List.of("nom", "numero_unique", "logement", "adresse", "commune",
            "date_seance", "commission", "rang", "date_limite", "piece_manquante", "motif", "date_radiation",
            "date_courrier", "loyer");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

    private LetterPlaceholders() {}

    /** The placeholders used in a text that are not known, in order of appearance. */
    public static Set<String> unknown(String text) {
        Set<String> unknown = new LinkedHashSet<>();
        if (text == null) {
            return unknown;
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            if (!KNOWN.contains(matcher.group(1))) {
                unknown.add(matcher.group(1));
            }
        }
        return unknown;
    }

    /** Replaces every known placeholder by its value (empty when none). */
    public static String fill(String text, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.getOrDefault(matcher.group(1), "");
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
