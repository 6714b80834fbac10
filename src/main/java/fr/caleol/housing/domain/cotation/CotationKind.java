package fr.caleol.housing.domain.cotation;

/**
 * What a criterion of a cotation grid looks at in an application, and what its parameter means. Labels:
 * {@code cotation.kind.<NAME>}.
 */
public enum CotationKind {
    /** Points per full month since the first filing (seniority of the application); the cap limits the total. */
    SENIORITY_MONTHS(Parameter.NONE),
    /** The household is recognised as a priority by the DALO commission. */
    DALO(Parameter.NONE),
    /** The application carries this priority criterion of L441-1 (a {@code PriorityCategory}). */
    PRIORITY(Parameter.PRIORITY),
    /** The main reason for the request is this one (a {@code RequestReason}). */
    REASON(Parameter.REASON),
    /** The household lives now in this kind of housing (a {@code CurrentHousingType}). */
    CURRENT_HOUSING(Parameter.HOUSING),
    /** Monthly resources per person below this amount in euros (unknown resources give no points). */
    RESOURCES_PER_PERSON_BELOW(Parameter.AMOUNT),
    /** The household has at least this many persons. */
    HOUSEHOLD_AT_LEAST(Parameter.COUNT);

    /** The kind of parameter a criterion takes. */
    public enum Parameter { NONE, PRIORITY, REASON, HOUSING, AMOUNT, COUNT }

    private final Parameter parameter;

    CotationKind(Parameter parameter) {
        this.parameter = parameter;
    }

    public Parameter parameter() {
        return parameter;
    }
}
