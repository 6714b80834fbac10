package fr.caleol.committee.domain;

import fr.caleol.base.domain.TemplateText;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {{placeholders}} a committee decision letter may use, their check at save and their replacement. */
public final class LetterPlaceholders {

    public static final List<String> KNOWN = List.of("nom", "numero_unique", "logement", "adresse", "commune",
            "date_seance", "commission", "rang", "date_limite", "piece_manquante", "motif", "date_radiation",
            "date_courrier", "loyer");

    private LetterPlaceholders() {}

    /** The placeholders used in a text that are not known, in order of appearance. */
    public static Set<String> unknown(String text) {
        return TemplateText.unknown(text, KNOWN);
    }

    /** Replaces every known placeholder by its value (empty when none). */
    public static String fill(String text, Map<String, String> values) {
        return TemplateText.fill(text, values);
    }
}
