package fr.caleol.committee.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caleol.committee.domain.BallotChoice;
import fr.caleol.committee.domain.CastingVoteHolder;
import fr.caleol.committee.domain.VoteRound;
import fr.caleol.security.domain.Role;
import fr.caleol.support.CommitteeFixtures;
import fr.caleol.support.CommitteeFixtures.LiveSitting;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.MinutesFixtures;
import fr.caleol.support.TestUsers;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** One live state per sitting: read once per burst of changes, whatever the number of screens, and nothing lost. */
@IntegrationTest
class LiveStatesIT {

    @Autowired CommitteeFixtures fixtures;
    @Autowired MinutesFixtures minutesFixtures;
    @Autowired LiveVoting voting;
    @Autowired LiveStates states;
    @Autowired MeterRegistry meters;

    @AfterEach
    void logout() {
        TestUsers.anonymous();
    }

    @Test
    void a_burst_of_fifteen_ballots_is_read_a_few_times_and_every_screen_ends_on_all_fifteen() throws Exception {
        LiveSitting s = fixtures.convenedSitting(12, CastingVoteHolder.MAYOR_OF_COMMUNE);
        VoteRound round = minutesFixtures.openVote(s);
        List<Watcher> screens = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            screens.add(new Watcher(states, s.sittingId()));
        }
        double readsBefore = reads();
        List<String> voters = s.voters();
        long start = System.nanoTime();
        for (String voter : voters) {
            as(voter, () -> voting.castBallot(round.getId(), BallotChoice.FOR));
        }
        long burstMillis = (System.nanoTime() - start) / 1_000_000;
        for (Watcher screen : screens) {
            screen.await(() -> screen.ballots(round.getId()) == voters.size());
            assertThat(screen.ballots(round.getId())).as("a screen's newest state").isEqualTo(voters.size());
            assertThat(screen.versionsInOrder()).as("a screen never receives an older state after a newer").isTrue();
            screen.close();
        }
        double reads = reads() - readsBefore;
        assertThat(voters).hasSize(15);
        assertThat(reads).as("reads for 15 ballots cast in %d ms, shared by 40 screens: one per window at most",
                burstMillis).isBetween(1.0, burstMillis / (double) LiveStates.WINDOW.toMillis() + 2);
        assertThat(states.latest(s.sittingId())).as("a state nobody watches is dropped").isNull();
    }

    @Test
    void the_reads_per_change_do_not_grow_with_the_number_of_screens() throws Exception {
        LiveSitting s = fixtures.convenedSitting(4, CastingVoteHolder.MAYOR_OF_COMMUNE);
        VoteRound round = minutesFixtures.openVote(s);
        double withOne = readsForOneBallot(s, round, s.voters().get(0), 1);
        double withFifty = readsForOneBallot(s, round, s.voters().get(1), 50);
        assertThat(withOne).isEqualTo(1.0);
        assertThat(withFifty).as("one read for the change, not one per screen").isEqualTo(withOne);
    }

    @Test
    void a_member_of_another_committee_may_neither_open_nor_watch_the_sitting_and_staff_observe_it_without_a_seat() {
        LiveSitting s = fixtures.convenedSitting(4, CastingVoteHolder.MAYOR_OF_COMMUNE);
        LiveSitting other = fixtures.convenedSitting(4, CastingVoteHolder.MAYOR_OF_COMMUNE);
        TestUsers.actAs(other.president(), Role.COMMITTEE_MEMBER);
        assertThatThrownBy(() -> states.open(s.sittingId(), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> states.watch(s.sittingId(), state -> {})).isInstanceOf(AccessDeniedException.class);
        assertThat(states.latest(s.sittingId())).as("a refused watch leaves nothing watching").isNull();
        TestUsers.actAs("secretariat-observer", Role.SECRETARY);
        ViewerState observed = states.open(s.sittingId(), null);
        assertThat(observed.me()).as("staff observe without a seat").isNull();
        assertThat(observed.item().candidates()).hasSize(3);
    }

    private double readsForOneBallot(LiveSitting s, VoteRound round, String voter, int screens) throws Exception {
        List<Watcher> watching = new ArrayList<>();
        for (int i = 0; i < screens; i++) {
            watching.add(new Watcher(states, s.sittingId()));
        }
        Thread.sleep(2 * LiveStates.WINDOW.toMillis());
        double before = reads();
        int expected = (int) as(voter, () -> {
            voting.castBallot(round.getId(), BallotChoice.AGAINST);
            return states.open(s.sittingId(), null).item().openRound().votedSeatIds().size();
        });
        for (Watcher w : watching) {
            w.await(() -> w.ballots(round.getId()) == expected);
            assertThat(w.ballots(round.getId())).isEqualTo(expected);
        }
        Thread.sleep(2 * LiveStates.WINDOW.toMillis());
        watching.forEach(Watcher::close);
        return reads() - before;
    }

    private double reads() {
        return meters.counter("caleol.live.reads").count();
    }

    private static Object as(String username, java.util.function.Supplier<Object> action) {
        TestUsers.actAs(username, Role.COMMITTEE_MEMBER);
        try {
            return action.get();
        } finally {
            TestUsers.anonymous();
        }
    }

    private static void as(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }

    /** A screen's stand-in for the hub: the states it receives. */
    private static final class Watcher {
        private final ConcurrentLinkedQueue<LiveState> received = new ConcurrentLinkedQueue<>();
        private final LiveStates.Watch registration;
        private final CountDownLatch any = new CountDownLatch(1);

        Watcher(LiveStates states, long sittingId) {
            TestUsers.actAs("secretariat-observer", Role.SECRETARY);
            registration = states.watch(sittingId, state -> {
                received.add(state);
                any.countDown();
            });
            TestUsers.anonymous();
        }

        int ballots(long roundId) {
            LiveState last = null;
            for (LiveState state : received) {
                last = state;
            }
            return last == null ? -1 : last.agenda().stream().flatMap(i -> i.rounds().stream())
                    .filter(r -> r.id() == roundId).findFirst().map(r -> r.ballots().size()).orElse(-1);
        }

        boolean versionsInOrder() {
            long previous = -1;
            for (LiveState state : received) {
                if (state.version() <= previous) {
                    return false;
                }
                previous = state.version();
            }
            return true;
        }

        void await(BooleanSupplier condition) throws InterruptedException {
            any.await(10, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        }

        void close() {
            registration.close();
        }
    }
}
