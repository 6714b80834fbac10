package fr.caleol.demo;

import fr.caleol.committee.domain.SeatKind;
import fr.caleol.security.domain.Role;
import java.util.List;
import java.util.Set;

/** The demo accounts: one per role, all with the same known password. Never in production. */
public final class DemoAccounts {

    public static final String PASSWORD = "Caleol-Demo-2026!";

    /** A demo login; {@code seat} is its seat on the demo committee, if any. */
    /** The demo accounts' mail domain, reserved for examples (RFC 2606): nothing is ever delivered there. */
    public static final String MAIL_DOMAIN = "caleol.example";

    public record Account(String username, String displayName, Set<Role> roles, SeatKind seat) {}

    public static final List<Account> ALL = List.of(
            new Account("admin", "Claire Martin", Set.of(Role.ADMIN), null),
            new Account("secretaire", "Sophie Bernard", Set.of(Role.SECRETARY), SeatKind.SECRETARY),
            new Account("membre", "Jean Dupont", Set.of(Role.COMMITTEE_MEMBER), SeatKind.BOARD_MEMBER),
            new Account("coordinatrice", "Nadia Benali", Set.of(Role.OUTREACH_COORDINATOR), null),
            new Account("benevole", "Thomas Petit", Set.of(Role.VOLUNTEER), null),
            new Account("conseiller", "Fatou Diallo", Set.of(Role.SOCIAL_ADVISER), null),
            new Account("conseiller2", "Julien Roux", Set.of(Role.SOCIAL_ADVISER), null),
            new Account("responsable-cellule", "Agnès Fontaine", Set.of(Role.SOCIAL_CELL_LEAD), null),
            new Account("president", "Marie Lefèvre", Set.of(Role.COMMITTEE_MEMBER), SeatKind.PRESIDENT),
            new Account("membre2", "Karim Haddad", Set.of(Role.COMMITTEE_MEMBER), SeatKind.BOARD_MEMBER),
            new Account("membre3", "Isabelle Moreau", Set.of(Role.COMMITTEE_MEMBER), SeatKind.BOARD_MEMBER),
            new Account("membre4", "Paul Nguyen", Set.of(Role.COMMITTEE_MEMBER), SeatKind.BOARD_MEMBER),
            new Account("locataire", "Aïcha Traoré", Set.of(Role.COMMITTEE_MEMBER), SeatKind.BOARD_MEMBER),
            new Account("maire", "Michel Roussel", Set.of(Role.COMMITTEE_MEMBER), SeatKind.MAYOR),
            new Account("prefet", "Hélène Garnier", Set.of(Role.COMMITTEE_MEMBER), SeatKind.PREFECT_REPRESENTATIVE),
            new Account("reservataire", "Julien Roche", Set.of(Role.COMMITTEE_MEMBER), SeatKind.RESERVATAIRE),
            new Account("benevole2", "Lucie Garnier", Set.of(Role.VOLUNTEER), null),
            new Account("benevole3", "Omar Cherif", Set.of(Role.VOLUNTEER), null),
            new Account("benevole4", "Chantal Blanc", Set.of(Role.VOLUNTEER), null),
            new Account("benevole5", "Yann Le Goff", Set.of(Role.VOLUNTEER), null),
            new Account("benevole6", "Sandrine Faure", Set.of(Role.VOLUNTEER), null));

    private DemoAccounts() {}
}
