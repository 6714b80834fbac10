package fr.caleol.housing.domain.eligibility;

/** Geographic zone of the income-ceiling tables (arrêté du 29 juillet 1987). */
public enum CeilingZone {
    /** Paris and its adjacent communes. */
    PARIS_AND_ADJACENT,
    /** Île-de-France outside Paris and its adjacent communes. */
    REST_OF_ILE_DE_FRANCE,
    OTHER_REGIONS
}
