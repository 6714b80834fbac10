package fr.caleol.support;

import fr.caleol.committee.domain.AgendaCandidate;
import fr.caleol.committee.domain.AgendaItem;
import fr.caleol.committee.domain.BallotChoice;
import fr.caleol.committee.domain.CastingVoteHolder;
import fr.caleol.committee.domain.SittingMode;
import fr.caleol.committee.domain.VoteRound;
import fr.caleol.committee.domain.DecisionProposal;
import fr.caleol.committee.service.LiveSittingService;
import fr.caleol.security.domain.Role;
import fr.caleol.support.CommitteeFixtures.LiveSitting;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** A sitting held to its end: every voter present, each item voted unanimously on the given proposal, closed. */
@Component
public class MinutesFixtures {

    private final CommitteeFixtures committees;
    private final LiveSittingService live;

    MinutesFixtures(CommitteeFixtures committees, LiveSittingService live) {
        this.committees = committees;
        this.live = live;
    }

    /** @param proposal the decisions for an item, given its candidates' application ids in agenda order */
    public LiveSitting closedSitting(int dwellings, Function<List<Long>, List<DecisionProposal>> proposal) {
        LiveSitting s = committees.convenedSitting(2, CastingVoteHolder.MAYOR_OF_COMMUNE, SittingMode.LIVE_REMOTE,
                LocalTime.of(14, 0), dwellings);
        try {
            for (String voter : s.voters()) {
                TestUsers.actAs(voter, Role.COMMITTEE_MEMBER);
                live.join(s.sittingId());
            }
            TestUsers.actAs(s.president(), Role.COMMITTEE_MEMBER);
            live.start(s.sittingId());
            List<AgendaItem> agenda = live.snapshot(s.sittingId(), null).agenda();
            for (AgendaItem item : agenda) {
                TestUsers.actAs(s.president(), Role.COMMITTEE_MEMBER);
                List<Long> applicationIds = live.snapshot(s.sittingId(), item.getId()).item().candidates().stream()
                        .map(AgendaCandidate::getApplication).map(a -> a.getId()).toList();
                live.moveTo(s.sittingId(), item.getId());
                VoteRound round = live.openVote(item.getId(), proposal.apply(applicationIds));
                for (String voter : s.voters()) {
                    TestUsers.actAs(voter, Role.COMMITTEE_MEMBER);
                    live.castBallot(round.getId(), BallotChoice.FOR);
                }
                TestUsers.actAs(s.president(), Role.COMMITTEE_MEMBER);
                live.closeVote(round.getId());
            }
            TestUsers.actAs(s.prefect(), Role.COMMITTEE_MEMBER);
            live.leave(s.sittingId());
            TestUsers.actAs(s.president(), Role.COMMITTEE_MEMBER);
            live.end(s.sittingId());
            return s;
        } finally {
            TestUsers.anonymous();
        }
    }

    public static List<DecisionProposal> ranked(List<Long> applicationIds) {
        return java.util.stream.IntStream.range(0, applicationIds.size())
                .mapToObj(i -> new DecisionProposal(applicationIds.get(i),
                        fr.caleol.committee.domain.DecisionType.RANKED_ATTRIBUTION, i + 1, null, null, null, null))
                .toList();
    }
}
