package fr.caleol.committee.service;

import fr.caleol.committee.domain.Electorate;
import fr.caleol.committee.domain.RoundSeat;
import fr.caleol.committee.domain.RoundSeatRepository;
import fr.caleol.committee.domain.VoteRound;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The electorate of each vote round, frozen when the round opens (who votes, for which place) and stored with it,
 * so that presence changes during an open vote change nothing in that round. Called inside the callers'
 * transactions.
 */
@Component
class RoundElectorates {

    private final RoundSeatRepository seats;

    RoundElectorates(RoundSeatRepository seats) {
        this.seats = seats;
    }

    /** Stores the electorate of a round that has just opened. */
    void freeze(VoteRound round, Electorate electorate) {
        seats.saveAll(electorate.roles().entrySet().stream()
                .map(e -> new RoundSeat(round.getId(), e.getKey(), e.getValue(),
                        electorate.placeOf(e.getKey()).orElse(null)))
                .toList());
    }

    /** The frozen electorates of these rounds, by round id (a round opened before they were stored has none). */
    Map<Long, Electorate> of(Collection<VoteRound> rounds) {
        if (rounds.isEmpty()) {
            return Map.of();
        }
        Map<Long, VoteRound> byId = rounds.stream().collect(Collectors.toMap(VoteRound::getId, r -> r));
        Map<Long, List<RoundSeat>> rows = seats.findByKeyRoundIdIn(byId.keySet()).stream()
                .collect(Collectors.groupingBy(RoundSeat::getRoundId));
        Map<Long, Electorate> electorates = new HashMap<>();
        rows.forEach((roundId, roundSeats) -> {
            Map<Long, Electorate.Role> roles = new HashMap<>();
            Map<Long, Long> places = new HashMap<>();
            for (RoundSeat seat : roundSeats) {
                roles.put(seat.getSeatId(), seat.getRole());
                if (seat.getPlaceSeatId() != null) {
                    places.put(seat.getSeatId(), seat.getPlaceSeatId());
                }
            }
            VoteRound round = byId.get(roundId);
            electorates.put(roundId, Electorate.frozen(roles, places, round.getElectorateSize(),
                    round.getPresentVoters()));
        });
        return electorates;
    }
}
