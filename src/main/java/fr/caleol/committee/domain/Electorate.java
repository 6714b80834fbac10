package fr.caleol.committee.domain;

import fr.caleol.housing.domain.Reservataire;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who votes on one agenda item, from the seats, the dwelling, who is present and who declared a conflict of
 * interest. The rules (CCH R441-9 and the committee's internal rules):
 * <ul>
 *   <li>president, board members, the prefect's and the EPCI's representatives vote on every dwelling;</li>
 *   <li>a mayor votes only on dwellings of his commune;</li>
 *   <li>a substitute votes only in place of his titular member, when that member is absent and would vote;</li>
 *   <li>advisory seats (association, réservataire) and the secretary never vote; a réservataire takes part only
 *       on dwellings of its own quota;</li>
 *   <li>a member who declared a conflict of interest on the item neither votes nor counts in the electorate.</li>
 * </ul>
 * The electorate (for the quorum) is the titular seats concerned by the dwelling, minus the recused ones; a
 * titular counts as present when present himself or represented by his present substitute.
 *
 * <p>Each voter votes for a voting PLACE, the titular seat: his own, or for a substitute the seat of the titular he
 * stands in for. A titular and his substitute hold one place and never both vote. When a vote opens, its electorate
 * is frozen ({@link #frozen}) and stored with the round: presence changes afterwards change nothing in that round.
 */
public final class Electorate {

    /** A seat as the rules see it. {@code communeInsee} for a mayor, {@code reservataire} for a réservataire. */
    public record SeatRef(long id, SeatKind kind, String communeInsee, Reservataire reservataire,
            Long substituteForSeatId) {
        public SeatRef {
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** What the rules need from the dwelling of the item. */
    public record DwellingRef(String communeInsee, Reservataire reservataire) {}

    /** A seat's part in one item. */
    public enum Role { VOTER, ABSENT_VOTER, RECUSED, ADVISORY, NOT_CONCERNED }

    private final Map<Long, Role> roles;
    private final Map<Long, Long> places;
    private final int electorateSize;
    private final int presentVoters;

    private Electorate(Map<Long, Role> roles, Map<Long, Long> places, int electorateSize, int presentVoters) {
        this.roles = Map.copyOf(roles);
        this.places = Map.copyOf(places);
        this.electorateSize = electorateSize;
        this.presentVoters = presentVoters;
    }

    /**
     * An electorate as it was frozen when a vote opened: each seat's role and, for each voter, the place (titular
     * seat) it votes for.
     */
    public static Electorate frozen(Map<Long, Role> roles, Map<Long, Long> places, int electorateSize,
            int presentVoters) {
        places.forEach((voter, place) -> {
            if (roles.get(voter) != Role.VOTER) {
                throw new IllegalArgumentException("Seat " + voter + " holds a place without being a voter");
            }
        });
        if (places.size() != new java.util.HashSet<>(places.values()).size()) {
            throw new IllegalArgumentException("Two voters for one place: " + places);
        }
        return new Electorate(roles, places, electorateSize, presentVoters);
    }

    public static Electorate of(Collection<SeatRef> seats, DwellingRef dwelling, Set<Long> present,
            Set<Long> recused) {
        Map<Long, SeatRef> byId = new HashMap<>();
        seats.forEach(seat -> byId.put(seat.id(), seat));
        Map<Long, Role> roles = new HashMap<>();
        Map<Long, Long> places = new HashMap<>();
        int electorate = 0;
        int presentVoters = 0;
        List<SeatRef> substitutes = new ArrayList<>();
        for (SeatRef seat : seats) {
            if (seat.kind() == SeatKind.SUBSTITUTE) {
                substitutes.add(seat);
                continue;
            }
            if (!seat.kind().isVoting()) {
                boolean concerned = seat.kind() != SeatKind.RESERVATAIRE || seat.reservataire() == dwelling.reservataire();
                roles.put(seat.id(), seat.kind() == SeatKind.SECRETARY || concerned ? Role.ADVISORY : Role.NOT_CONCERNED);
                continue;
            }
            if (!votesOn(seat, dwelling)) {
                roles.put(seat.id(), Role.NOT_CONCERNED);
                continue;
            }
            if (recused.contains(seat.id())) {
                roles.put(seat.id(), Role.RECUSED);
                continue;
            }
            electorate++;
            if (present.contains(seat.id())) {
                roles.put(seat.id(), Role.VOTER);
                places.put(seat.id(), seat.id());
                presentVoters++;
            } else {
                roles.put(seat.id(), Role.ABSENT_VOTER);
            }
        }
        for (SeatRef substitute : substitutes) {
            Role titularRole = substitute.substituteForSeatId() == null ? null
                    : roles.get(substitute.substituteForSeatId());
            if (titularRole != Role.ABSENT_VOTER) {
                roles.put(substitute.id(), Role.NOT_CONCERNED);
            } else if (recused.contains(substitute.id())) {
                roles.put(substitute.id(), Role.RECUSED);
            } else if (present.contains(substitute.id())
                    && !places.containsValue(substitute.substituteForSeatId())) {
                roles.put(substitute.id(), Role.VOTER);
                places.put(substitute.id(), substitute.substituteForSeatId());
                presentVoters++;
            } else {
                roles.put(substitute.id(), Role.NOT_CONCERNED);
            }
        }
        return new Electorate(roles, places, electorate, presentVoters);
    }

    private static boolean votesOn(SeatRef seat, DwellingRef dwelling) {
        return seat.kind() != SeatKind.MAYOR || Objects.equals(seat.communeInsee(), dwelling.communeInsee());
    }

    public Role roleOf(long seatId) {
        return roles.getOrDefault(seatId, Role.NOT_CONCERNED);
    }

    public boolean mayVote(long seatId) {
        return roleOf(seatId) == Role.VOTER;
    }

    /** The place (titular seat) a voter votes for: his own, or his titular's for a substitute. */
    public java.util.Optional<Long> placeOf(long seatId) {
        return java.util.Optional.ofNullable(places.get(seatId));
    }

    /** Every seat's role, for storing the electorate with a round. */
    public Map<Long, Role> roles() {
        return roles;
    }

    /** Voter seat → place seat, for storing the electorate with a round. */
    public Map<Long, Long> places() {
        return places;
    }

    /** How many may vote in this electorate (one per place). */
    public int voterCount() {
        return places.size();
    }

    /** The voting members concerned by the item (the quorum's base), recused ones excluded. */
    public int size() {
        return electorateSize;
    }

    /** The voting members present now (a present substitute stands for his absent titular). */
    public int presentVoters() {
        return presentVoters;
    }

    public boolean hasQuorum(QuorumRule rule) {
        return rule.isMet(presentVoters, electorateSize);
    }
}
