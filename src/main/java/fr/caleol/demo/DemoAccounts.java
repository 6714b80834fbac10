package fr.caleol.demo;

import fr.caleol.security.domain.Role;
import java.util.List;
import java.util.Set;

/** The demo accounts: one per role, all with the same known password. Never in production. */
public final class DemoAccounts {

    public static final String PASSWORD = "Caleol-Demo-2026!";

    public record Account(String username, String displayName, Set<Role> roles) {}

    public static final List<Account> ALL = List.of(
            new Account("admin", "Claire Martin", Set.of(Role.ADMIN)),
            new Account("secretaire", "Sophie Bernard", Set.of(Role.SECRETARY)),
            new Account("membre", "Jean Dupont", Set.of(Role.COMMITTEE_MEMBER)),
            new Account("coordinatrice", "Nadia Benali", Set.of(Role.OUTREACH_COORDINATOR)),
            new Account("benevole", "Thomas Petit", Set.of(Role.VOLUNTEER)),
            new Account("conseiller", "Fatou Diallo", Set.of(Role.SOCIAL_ADVISER)));

    private DemoAccounts() {}
}
