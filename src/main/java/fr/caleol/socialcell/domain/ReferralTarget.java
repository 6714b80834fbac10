package fr.caleol.socialcell.domain;

/** Where a tenant is referred: social services (departmental social service, CCAS...) or the solidarity fund (FSL). */
public enum ReferralTarget {
    SOCIAL_SERVICES,
    FSL
}
