package fr.caleol.base.ui;

/** The sections of the side navigation, in display order. */
public enum MenuGroup {
    GENERAL("nav.group.general"),
    COMMITTEES("nav.group.committees"),
    HOUSING("nav.group.housing"),
    OUTREACH("nav.group.outreach"),
    SOCIAL_CELL("nav.group.socialCell"),
    ADMINISTRATION("nav.group.administration");

    private final String labelKey;

    MenuGroup(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
