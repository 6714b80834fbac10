package fr.caleol.benchmark;

import fr.caleol.support.IntegrationTest;
import fr.caleol.support.VotingPlaceRace;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The long run of the one-vote-per-place race: a thousand rounds in which a titular and his substitute join, leave
 * and vote concurrently in a random order around an open vote. Prints rounds run, ballots lost or doubled for their
 * place, and rounds whose closing count differs from the stored ballots (each must be 0). Run with
 * {@code ./mvnw -Pbenchmark verify -Dit.test=VotingPlaceRaceBenchmark}; {@code -Dcaleol.race.rounds=N} to change
 * the count.
 */
@IntegrationTest
class VotingPlaceRaceBenchmark {

    @Autowired VotingPlaceRace race;

    @Test
    void print_ballots_lost_or_doubled_over_a_thousand_racing_rounds() throws Exception {
        int count = Integer.getInteger("caleol.race.rounds", 1000);
        long started = System.nanoTime();
        List<VotingPlaceRace.Round> rounds = race.run(count, 20261207L);
        long ms = (System.nanoTime() - started) / 1_000_000;
        long held = rounds.stream().filter(VotingPlaceRace.Round::placeHeldAtOpening).count();
        long lost = rounds.stream().filter(r -> r.placeHeldAtOpening() && r.ballotsForPlace() == 0).count();
        long doubled = rounds.stream().filter(r -> r.ballotsForPlace() > 1).count();
        long unheldButVoted = rounds.stream().filter(r -> !r.placeHeldAtOpening() && r.ballotsForPlace() > 0).count();
        long miscounted = rounds.stream().filter(r -> r.counted() != r.storedBallots()).count();
        System.out.printf("%nOne vote per voting place, %d racing rounds in %d ms (%d with the place held at the "
                        + "opening):%n  ballots lost: %d, doubled: %d, cast for a place nobody held: %d, "
                        + "count different from the stored ballots: %d%n%n",
                rounds.size(), ms, held, lost, doubled, unheldButVoted, miscounted);
    }
}
