package fr.caleol.support;

import fr.caleol.base.errors.BusinessException;
import fr.caleol.committee.domain.BallotChoice;
import fr.caleol.committee.domain.CastingVoteHolder;
import fr.caleol.committee.domain.VoteRound;
import fr.caleol.committee.service.LivePresence;
import fr.caleol.committee.service.LiveLead;
import fr.caleol.committee.service.LiveVoting;
import fr.caleol.security.domain.Role;
import fr.caleol.support.CommitteeFixtures.LiveSitting;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rounds in which a titular member and his substitute join, leave and vote around an open vote, in a random order
 * and concurrently, and what the database holds afterwards: the ballots for their one voting place, and whether the
 * closing count equals the stored ballots. Shared by the integration test (a few rounds) and the benchmark (a
 * thousand).
 */
@Component
public class VotingPlaceRace {

    /** What one round left: ballots for the shared place, all ballots, and what the closing counted. */
    public record Round(long roundId, boolean placeHeldAtOpening, int ballotsForPlace, int storedBallots,
            int counted) {
        public boolean sound() {
            return ballotsForPlace == (placeHeldAtOpening ? 1 : 0) && counted == storedBallots;
        }
    }

    private final CommitteeFixtures fixtures;
    private final LivePresence presence;
    private final LiveLead lead;
    private final LiveVoting voting;
    private final JdbcTemplate jdbc;

    public VotingPlaceRace(CommitteeFixtures fixtures, LivePresence presence, LiveLead lead, LiveVoting voting,
            JdbcTemplate jdbc) {
        this.fixtures = fixtures;
        this.presence = presence;
        this.lead = lead;
        this.voting = voting;
        this.jdbc = jdbc;
    }

    /** Runs {@code count} rounds on one sitting (each round rejected, so the item is voted on again). */
    public List<Round> run(int count, long seed) throws Exception {
        Random random = new Random(seed);
        LiveSitting s = fixtures.convenedSittingWithSubstitute(4, CastingVoteHolder.MAYOR_OF_COMMUNE);
        String titular = s.boardMembers().getFirst();
        String substitute = s.substitute();
        for (String voter : s.voters()) {
            if (!voter.equals(titular)) {
                as(voter, () -> presence.join(s.sittingId()));
            }
        }
        as(s.president(), () -> lead.start(s.sittingId()));
        long titularSeat = seatId(s, titular);
        List<Round> results = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < count; i++) {
                // Who holds the place when the vote opens: the titular, his substitute, or nobody.
                int atOpening = random.nextInt(3);
                as(titular, () -> {
                    if (atOpening == 0) presence.join(s.sittingId()); else presence.leave(s.sittingId());
                });
                as(substitute, () -> {
                    if (atOpening == 1) presence.join(s.sittingId()); else presence.leave(s.sittingId());
                });
                VoteRound round = as(s.president(),
                        () -> voting.openVote(s.itemId(), MinutesFixtures.ranked(s.applicationIds())));
                // Everyone else votes against, so the round is rejected and the item can be voted on again.
                for (String voter : s.voters()) {
                    if (!voter.equals(titular)) {
                        as(voter, () -> vote(round, BallotChoice.AGAINST));
                    }
                }
                // Both members now come and go and vote, each on his own thread, in a random order.
                CountDownLatch go = new CountDownLatch(1);
                List<Future<?>> racing = List.of(
                        threads.submit(() -> race(go, titular, s.sittingId(), round, random.nextLong())),
                        threads.submit(() -> race(go, substitute, s.sittingId(), round, random.nextLong())));
                go.countDown();
                for (Future<?> f : racing) {
                    f.get(30, TimeUnit.SECONDS);
                }
                VoteRound closed = as(s.president(), () -> voting.closeVote(round.getId()));
                Integer forPlace = jdbc.queryForObject(
                        "SELECT COUNT(*) FROM ballot WHERE round_id = ? AND place_seat_id = ?", Integer.class,
                        round.getId(), titularSeat);
                Integer stored = jdbc.queryForObject("SELECT COUNT(*) FROM ballot WHERE round_id = ?", Integer.class,
                        round.getId());
                results.add(new Round(round.getId(), atOpening < 2, forPlace, stored,
                        closed.getVotesFor() + closed.getVotesAgainst() + closed.getAbstentions()));
            }
        } finally {
            threads.shutdownNow();
        }
        return results;
    }

    private void race(CountDownLatch go, String member, long sittingId, VoteRound round, long seed) {
        Random random = new Random(seed);
        try {
            go.await();
            for (int step = 0; step < 3; step++) {
                switch (random.nextInt(3)) {
                    case 0 -> as(member, () -> presence.join(sittingId));
                    case 1 -> as(member, () -> presence.leave(sittingId));
                    default -> as(member, () -> vote(round, BallotChoice.FOR));
                }
            }
            as(member, () -> vote(round, BallotChoice.FOR));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A ballot, or the refusal the member would see (not allowed, already voted): both are fine here. */
    private void vote(VoteRound round, BallotChoice choice) {
        try {
            voting.castBallot(round.getId(), choice);
        } catch (BusinessException refused) {
            // refused with a message: the member is not the place's voter in this round, or it already voted
        }
    }

    private long seatId(LiveSitting s, String username) {
        return jdbc.queryForObject("""
                SELECT cs.id FROM committee_seat cs JOIN app_user u ON u.id = cs.user_id
                WHERE cs.committee_id = ? AND u.username = ?""", Long.class, s.committeeId(), username);
    }

    private static void as(String username, Runnable action) {
        TestUsers.actAs(username, Role.COMMITTEE_MEMBER);
        try {
            action.run();
        } finally {
            TestUsers.anonymous();
        }
    }

    private static <T> T as(String username, java.util.function.Supplier<T> action) {
        TestUsers.actAs(username, Role.COMMITTEE_MEMBER);
        try {
            return action.get();
        } finally {
            TestUsers.anonymous();
        }
    }
}
