package fr.caleol.committee.domain;

/** A member's vote on a proposal. */
public enum BallotChoice { FOR, AGAINST, ABSTAIN }
