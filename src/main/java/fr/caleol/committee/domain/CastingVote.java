package fr.caleol.committee.domain;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * Who holds the casting vote (voix prépondérante) on a dwelling when the votes are tied: by law the mayor of the
 * commune where the dwelling is (CCH L441-2), in some territories the president of the EPCI instead; a committee
 * setting ({@link CastingVoteHolder}). A substitute standing in for the holder holds it too: the vote counts places.
 */
public final class CastingVote {

    private CastingVote() {}

    /** The active seat holding the casting vote on a dwelling of {@code dwellingCommune}, if the committee has one. */
    public static Optional<Long> holder(CastingVoteHolder rule, Collection<Electorate.SeatRef> seats,
            String dwellingCommune) {
        return seats.stream().filter(seat -> switch (rule) {
            case MAYOR_OF_COMMUNE -> seat.kind() == SeatKind.MAYOR && seat.communeInsee() != null
                    && Objects.equals(seat.communeInsee(), dwellingCommune);
            case EPCI_PRESIDENT -> seat.kind() == SeatKind.EPCI_REPRESENTATIVE;
            case PRESIDENT -> seat.kind() == SeatKind.PRESIDENT;
        }).map(Electorate.SeatRef::id).findFirst();
    }
}
