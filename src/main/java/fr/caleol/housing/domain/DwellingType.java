package fr.caleol.housing.domain;

/** Dwelling type (T1 = one main room ... T6 = six or more). Labels: {@code housing.dwellingType.<NAME>}. */
public enum DwellingType {
    T1,
    T2,
    T3,
    T4,
    T5,
    T6
}
