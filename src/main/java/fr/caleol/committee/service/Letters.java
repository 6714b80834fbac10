package fr.caleol.committee.service;

import fr.caleol.base.domain.Euros;
import fr.caleol.base.pdf.PdfLayout;
import fr.caleol.committee.domain.AppealMentions;
import fr.caleol.committee.domain.DecisionType;
import fr.caleol.committee.domain.LetterPlaceholders;
import fr.caleol.committee.domain.LetterTemplate;
import fr.caleol.committee.domain.MinutesDocument;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The values of a decision letter's placeholders and its rendering as a PDF. */
final class Letters {

    /**
     * What a letter says, beyond its template: the dwelling's rent, the date of the letter and the applicant's postal
     * address lines (empty when the application has none: the secretary completes the envelope).
     */
    record Letter(MinutesDocument doc, MinutesDocument.Item item, MinutesDocument.Decision decision,
            BigDecimal monthlyRent, LocalDate letterDate, java.util.List<String> recipientAddress,
            LocalDate offerDeadline) {}

    /** The address block's key in the values (not a placeholder of the templates). */
    static final String RECIPIENT_ADDRESS = "__adresse_destinataire";

    private Letters() {}

    static Map<String, String> values(Letter letter) {
        MinutesDocument.Decision d = letter.decision();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("nom", d.applicantName());
        values.put(RECIPIENT_ADDRESS, String.join("\n", letter.recipientAddress()));
        values.put("numero_unique", d.numeroUnique());
        values.put("logement", letter.item().dwellingReference());
        values.put("adresse", letter.item().address() + ", " + letter.item().commune());
        values.put("commune", letter.item().commune());
        values.put("date_seance", FrenchText.longDate(letter.doc().date()));
        values.put("commission", letter.doc().committeeName());
        values.put("date_courrier", FrenchText.longDate(letter.letterDate()));
        values.put("loyer", Euros.french(letter.monthlyRent()));
        values.put("rang", d.rank() == null ? "" : d.rank().toString());
        values.put("piece_manquante", d.missingDocument() == null ? "" : d.missingDocument());
        values.put("motif", d.ground() == null ? "" : MinutesPdf.grounds(d));
        values.put("date_limite", deadline(d, letter.offerDeadline()));
        values.put("date_radiation", d.type() == DecisionType.INADMISSIBLE
                ? FrenchText.longDate(letter.letterDate().plusMonths(1)) : "");
        return values;
    }

    /**
     * The deadline a letter states: the one stored with the offer (the one the lapse job applies), once the offer is
     * made to this candidate (rank 1 at publication, a later rank when it passes to them); before that, the rule it
     * will follow; for a conditional attribution, the committee's deadline.
     */
    static String deadline(MinutesDocument.Decision d, LocalDate offerDeadline) {
        return switch (d.type()) {
            case RANKED_ATTRIBUTION -> offerDeadline != null ? FrenchText.longDate(offerDeadline)
                    : "dixième jour suivant la notification de l’offre qui vous sera faite (reporté au premier jour "
                            + "ouvrable s’il tombe un samedi, un dimanche ou un jour férié)";
            case CONDITIONAL_ATTRIBUTION -> FrenchText.longDate(d.conditionDeadline());
            default -> "";
        };
    }

    static byte[] pdf(LetterTemplate template, Letter letter) {
        return pdf(template.getSubject(), template.getBody(), values(letter), letter.doc().committeeName(),
                AppealMentions.of(letter.decision().type(), letter.decision().rank()));
    }

    /** A letter with the appeal mentions of its decision ({@link AppealMentions}) at its foot. */
    static byte[] pdf(String subject, String body, Map<String, String> values, String committee, String appeal) {
        try (PdfLayout pdf = new PdfLayout(LetterPlaceholders.fill(subject, values))) {
            pdf.subheading("CALEOL — " + committee);
            pdf.small("Commission d’attribution des logements et d’examen de l’occupation des logements");
            pdf.space(18);
            pdf.rightAligned(values.getOrDefault("nom", ""));
            for (String line : values.getOrDefault(RECIPIENT_ADDRESS, "").split("\n")) {
                if (!line.isBlank()) {
                    pdf.rightAligned(line);
                }
            }
            pdf.rightAligned("Demande n° " + values.getOrDefault("numero_unique", ""));
            pdf.space(12);
            pdf.rightAligned("Le " + values.getOrDefault("date_courrier", ""));
            pdf.space(12);
            pdf.subheading("Objet : " + LetterPlaceholders.fill(subject, values));
            pdf.small("Lettre recommandée avec accusé de réception");
            pdf.space(10);
            pdf.text(LetterPlaceholders.fill(body, values));
            pdf.space(18);
            pdf.text("Le président de la commission");
            pdf.space(12);
            pdf.small("Voies et délais de recours");
            pdf.small(appeal);
            return pdf.finish("Lettre recommandée avec accusé de réception — le délai de réponse court à compter de "
                    + "sa première présentation.");
        }
    }

    /** File name of an applicant's letter inside the ZIP. */
    static String fileName(MinutesDocument.Item item, MinutesDocument.Decision d) {
        return String.format("%03d-%s-%s.pdf", item.position(), d.numeroUnique().replaceAll("[^A-Za-z0-9]", ""),
                d.type().name().toLowerCase());
    }
}
