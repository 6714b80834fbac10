package fr.caleol.housing.domain;

/** Where the household lives now. Labels: {@code housing.currentHousingType.<NAME>}. */
public enum CurrentHousingType {
    SOCIAL_TENANT,
    PRIVATE_TENANT,
    OWNER,
    HOSTED_BY_FAMILY,
    SHELTER,
    HOTEL,
    NO_HOME,
    OTHER
}
