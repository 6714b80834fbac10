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
    private final int electorateSize;
    private final int presentVoters;

    private Electorate(Map<Long, Role> roles, int electorateSize, int presentVoters) {
        this.roles = roles;
        this.electorateSize = electorateSize;
        this.presentVoters = presentVoters;
    }

    public static Electorate of(Collection<SeatRef> seats, DwellingRef dwelling, Set<Long> present,
            Set<Long> recused) {
        Map<Long, SeatRef> byId = new HashMap<>();
        seats.forEach(seat -> byId.put(seat.id(), seat));
        Map<Long, Role> roles = new HashMap<>();
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
            } else if (present.contains(substitute.id())) {
                roles.put(substitute.id(), Role.VOTER);
                presentVoters++;
            } else {
                roles.put(substitute.id(), Role.NOT_CONCERNED);
            }
        }
        return new Electorate(roles, electorate, presentVoters);
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
