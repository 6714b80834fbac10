package fr.caleol.mail.domain;

import java.util.List;

/**
 * The kinds of mail CALEOL sends, each with the {{placeholders}} its template may use. A legal notice (a convocation,
 * its change or cancellation, the publication of the minutes) always goes; the other mails are alerts and reminders
 * that each user may turn off in "Mon compte". Labels: {@code mail.kind.<NAME>}.
 */
public enum MailKind {
    CONVOCATION(true, Placeholders.SITTING),
    SITTING_CHANGED(true, Placeholders.SITTING),
    SITTING_CANCELLED(true, List.of("nom", "bailleur", "commission", "date_seance", "heure_seance", "motif")),
    REMINDER_DAY(false, Placeholders.SITTING),
    REMINDER_HOUR(false, Placeholders.SITTING),
    MINUTES_PUBLISHED(true, List.of("nom", "bailleur", "commission", "date_seance", "lien_pv")),
    URGENT_CALL(false, List.of("nom", "bailleur", "campagne", "lien")),
    PLAN_DEFAULT(false, List.of("nom", "bailleur", "bail", "lien")),
    OVERDUE_CONDITION(false, List.of("nom", "bailleur", "date_seance", "nombre", "lien"));

    private final boolean legal;
    private final List<String> placeholders;

    MailKind(boolean legal, List<String> placeholders) {
        this.legal = legal;
        this.placeholders = placeholders;
    }

    /** Whether this mail is a legal notice, sent whatever the user's choice about alerts. */
    public boolean isLegal() {
        return legal;
    }

    /** The placeholders this kind's template may use. */
    public List<String> placeholders() {
        return placeholders;
    }

    private static final class Placeholders {
        static final List<String> SITTING = List.of("nom", "bailleur", "commission", "siege", "date_seance",
                "heure_seance", "mode", "nombre_logements", "lien_seance", "lien_visio");
    }
}
