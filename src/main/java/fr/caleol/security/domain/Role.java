package fr.caleol.security.domain;

/** The roles of CALEOL. A user may hold several. */
public enum Role {
    ADMIN,
    SECRETARY,
    COMMITTEE_MEMBER,
    OUTREACH_COORDINATOR,
    VOLUNTEER,
    SOCIAL_ADVISER;

    /** The Spring Security authority name, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Names usable in {@code @RolesAllowed}, kept as constants so annotations stay checked by the compiler. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String SECRETARY = "SECRETARY";
        public static final String COMMITTEE_MEMBER = "COMMITTEE_MEMBER";
        public static final String OUTREACH_COORDINATOR = "OUTREACH_COORDINATOR";
        public static final String VOLUNTEER = "VOLUNTEER";
        public static final String SOCIAL_ADVISER = "SOCIAL_ADVISER";

        private Names() {}
    }
}
