package fr.caleol.support;

import fr.caleol.committee.domain.BallotChoice;
import fr.caleol.committee.domain.CastingVoteHolder;
import fr.caleol.committee.domain.SittingMode;
import fr.caleol.committee.domain.VoteRound;
import fr.caleol.committee.domain.DecisionProposal;
import fr.caleol.committee.service.LivePresence;
import fr.caleol.committee.service.LiveLead;
import fr.caleol.committee.service.LiveVoting;
import fr.caleol.committee.service.LiveState;
import fr.caleol.committee.service.LiveStates;
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
    private final LivePresence presence;
    private final LiveLead lead;
    private final LiveVoting voting;
    private final LiveStates states;

    MinutesFixtures(CommitteeFixtures committees, LivePresence presence, LiveLead lead, LiveVoting voting,
            LiveStates states) {
        this.committees = committees;
        this.presence = presence;
        this.lead = lead;
        this.voting = voting;
        this.states = states;
    }

    /**
     * A sitting in a vote: every voter present, the sitting started by its president and the vote open on its first
     * item, each candidate ranked in agenda order.
     */
    public VoteRound openVote(LiveSitting s) {
        try {
            for (String voter : s.voters()) {
                TestUsers.actAs(voter, Role.COMMITTEE_MEMBER);
                presence.join(s.sittingId());
            }
            TestUsers.actAs(s.president(), Role.COMMITTEE_MEMBER);
            lead.start(s.sittingId());
            return voting.openVote(s.itemId(), ranked(s.applicationIds()));
        } finally {
            TestUsers.anonymous();
        }
    }

    /** @param proposal the decisions for an item, given its candidates' application ids in agenda order */
    public LiveSitting closedSitting(int dwellings, Function<List<Long>, List<DecisionProposal>> proposal) {
        LiveSitting s = committees.convenedSitting(2, CastingVoteHolder.MAYOR_OF_COMMUNE, SittingMode.LIVE_REMOTE,
                LocalTime.of(14, 0), dwellings);
        try {
            for (String voter : s.voters()) {
                TestUsers.actAs(voter, Role.COMMITTEE_MEMBER);
                presence.join(s.sittingId());
            }
            TestUsers.actAs(s.president(), Role.COMMITTEE_MEMBER);
            lead.start(s.sittingId());
            for (LiveState.Item item : states.open(s.sittingId(), null).agenda()) {
                TestUsers.actAs(s.president(), Role.COMMITTEE_MEMBER);
                List<Long> applicationIds = item.candidates().stream().map(LiveState.Candidate::applicationId).toList();
                lead.moveTo(s.sittingId(), item.id());
                VoteRound round = voting.openVote(item.id(), proposal.apply(applicationIds));
                for (String voter : s.voters()) {
                    TestUsers.actAs(voter, Role.COMMITTEE_MEMBER);
                    voting.castBallot(round.getId(), BallotChoice.FOR);
                }
                TestUsers.actAs(s.president(), Role.COMMITTEE_MEMBER);
                voting.closeVote(round.getId());
            }
            TestUsers.actAs(s.prefect(), Role.COMMITTEE_MEMBER);
            presence.leave(s.sittingId());
            TestUsers.actAs(s.president(), Role.COMMITTEE_MEMBER);
            lead.end(s.sittingId());
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
