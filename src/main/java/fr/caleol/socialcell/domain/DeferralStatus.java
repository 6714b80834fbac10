package fr.caleol.socialcell.domain;

/** Where a rent deferral stands: proposed to the tenant, agreed, then honoured or broken. */
public enum DeferralStatus {
    PROPOSED,
    AGREED,
    HONOURED,
    BROKEN;

    /** Proposed → agreed or broken (refused); agreed → honoured or broken; honoured and broken are final. */
    public boolean canBecome(DeferralStatus next) {
        return switch (this) {
            case PROPOSED -> next == AGREED || next == BROKEN;
            case AGREED -> next == HONOURED || next == BROKEN;
            case HONOURED, BROKEN -> false;
        };
    }
}
