package fr.caleol.committee.domain;

import java.util.Collection;

/**
 * The result of a vote round, computed once at closing from the ballots and the committee's rules: the proposal is
 * adopted by a majority of the votes cast (abstentions are not votes cast unless the committee says so); on a tie,
 * the casting-vote holder's own vote decides; if the holder did not vote for or against, a tie rejects the
 * proposal (there is no majority for it).
 */
public record VoteOutcome(int votesFor, int votesAgainst, int abstentions, boolean adopted,
        boolean decidedByCastingVote) {

    /** A ballot as counted: the voter's seat id and choice. */
    public record CountedBallot(long seatId, BallotChoice choice) {}

    public static VoteOutcome count(Collection<CountedBallot> ballots, boolean abstentionsAreVotesCast,
            Long castingVoteSeatId) {
        int pro = 0;
        int contra = 0;
        int abstain = 0;
        BallotChoice casting = null;
        for (CountedBallot ballot : ballots) {
            switch (ballot.choice()) {
                case FOR -> pro++;
                case AGAINST -> contra++;
                case ABSTAIN -> abstain++;
            }
            if (castingVoteSeatId != null && castingVoteSeatId == ballot.seatId()) {
                casting = ballot.choice();
            }
        }
        int cast = pro + contra + (abstentionsAreVotesCast ? abstain : 0);
        if (cast == 0) {
            return new VoteOutcome(pro, contra, abstain, false, false);
        }
        if (pro * 2 > cast) {
            return new VoteOutcome(pro, contra, abstain, true, false);
        }
        if (pro * 2 == cast && (casting == BallotChoice.FOR || casting == BallotChoice.AGAINST)) {
            return new VoteOutcome(pro, contra, abstain, casting == BallotChoice.FOR, true);
        }
        return new VoteOutcome(pro, contra, abstain, false, false);
    }
}
