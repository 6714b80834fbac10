package fr.caleol.housing.domain;

/** The supporting documents of an application (arrêté du 22 décembre 2020 listing the documents for a social housing application). Labels: {@code housing.supportingDocument.<NAME>}. */
public enum SupportingDocument {
    IDENTITY,
    RESIDENCE_PERMIT,
    TAX_NOTICE,
    INCOME_PROOF,
    FAMILY_BENEFITS,
    FAMILY_SITUATION,
    CURRENT_HOUSING,
    DISABILITY_PROOF,
    DALO_DECISION
}
