package fr.caleol.housing.domain.eligibility;

/**
 * Why a household has its category. Every reason but {@link #PERSON_COUNT} counts the household as one
 * person more than it has (e.g. two persons of whom one is disabled are category 3).
 */
public enum CategoryReason {
    /** Category given by the number of persons alone. */
    PERSON_COUNT,
    /** At least one person has a disability. */
    DISABILITY,
    /** One person alone with one or more dependants. */
    ONE_PERSON_WITH_DEPENDANTS,
    /** A couple without dependant whose ages add up to 55 years or less (jeune ménage). */
    YOUNG_HOUSEHOLD;

    public boolean countsOneMorePerson() {
        return this != PERSON_COUNT;
    }
}
