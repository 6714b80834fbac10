package fr.caleol.housing.domain;

/** Priority criteria of an application (code de la construction et de l'habitation, L441-1), besides DALO. Labels: {@code housing.priorityCategory.<NAME>}. */
public enum PriorityCategory {
    DISABILITY,
    LEAVING_SHELTER,
    DOMESTIC_VIOLENCE,
    BADLY_HOUSED,
    OTHER
}
