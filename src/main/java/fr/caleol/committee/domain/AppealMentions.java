package fr.caleol.committee.domain;

/**
 * The appeal mentions ("voies et délais de recours") a decision letter must carry, by decision type (Code des
 * relations entre le public et l'administration, L411-2 and R421-5 of the Code de justice administrative: a decision
 * notified without them has no time limit for appeal).
 *
 * <ul>
 *   <li>Every decision: an informal appeal (recours gracieux) to the committee, and an appeal to the administrative
 *       court within two months of notification (R421-1 CJA), also through the Télérecours citoyens site.</li>
 *   <li>A decision that does not give the dwelling (non-attribution, inadmissibility, a rank after the first, an
 *       attribution under a condition not met): the mediation commission of the right to housing (DALO, L441-2-3 of
 *       the Code de la construction et de l'habitation) may be seized by an applicant who meets its criteria, e.g.
 *       without an offer after the abnormally long delay set for the département.</li>
 *   <li>An inadmissibility: the application is struck off one month after notification if nothing changes (R441-2-8
 *       CCH), which the letter says with its date.</li>
 * </ul>
 */
public final class AppealMentions {

    static final String COURT = "Vous pouvez contester cette décision par un recours gracieux adressé à la commission "
            + "d’attribution, ou par un recours contentieux devant le tribunal administratif territorialement "
            + "compétent, dans un délai de deux mois à compter de sa notification (article R421-1 du code de justice "
            + "administrative), y compris par l’application Télérecours citoyens (www.telerecours.fr). Le recours "
            + "gracieux prolonge ce délai.";
    static final String DALO = "Si vous remplissez les conditions prévues à l’article L441-2-3 du code de la "
            + "construction et de l’habitation, notamment si vous n’avez reçu aucune proposition adaptée à l’issue du "
            + "délai anormalement long fixé dans votre département, vous pouvez saisir la commission de médiation "
            + "du droit au logement opposable (DALO).";
    static final String STRIKE_OFF = "Sans élément nouveau de votre part, votre demande sera radiée du fichier "
            + "un mois après la notification de cette décision (article R441-2-8 du code de la construction et de "
            + "l’habitation).";

    private AppealMentions() {}

    /** The mentions for a decision of that type ({@code rank}: the rank of a ranked attribution, else null). */
    public static String of(DecisionType type, Integer rank) {
        return switch (type) {
            case ATTRIBUTION -> COURT;
            case RANKED_ATTRIBUTION -> rank != null && rank == 1 ? COURT : COURT + " " + DALO;
            case CONDITIONAL_ATTRIBUTION, NON_ATTRIBUTION -> COURT + " " + DALO;
            case INADMISSIBLE -> COURT + " " + DALO + " " + STRIKE_OFF;
        };
    }
}
