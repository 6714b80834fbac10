package fr.caleol.committee.domain;

/** Who holds the casting vote when votes are tied: a committee setting. */
public enum CastingVoteHolder {
    /** The mayor of the commune where the dwelling is (the default rule of the CCH). */
    MAYOR_OF_COMMUNE,
    /** The president of the EPCI, where the internal rules give it to him. */
    EPCI_PRESIDENT,
    /** The committee's president. */
    PRESIDENT
}
