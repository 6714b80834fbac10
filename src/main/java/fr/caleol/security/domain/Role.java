package fr.caleol.security.domain;

/** The roles of CALEOL. A user may hold several. */
public enum Role {
    ADMIN,
    SECRETARY,
    COMMITTEE_MEMBER,
    OUTREACH_COORDINATOR,
    VOLUNTEER,
    SOCIAL_ADVISER,
    /** The social cell's team lead: sees every arrears case, balances the caseload, reads the team's figures. */
    SOCIAL_CELL_LEAD;

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
        public static final String SOCIAL_CELL_LEAD = "SOCIAL_CELL_LEAD";

        private Names() {}
    }
}
