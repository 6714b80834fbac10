package fr.caleol.base.cluster;

/**
 * This node had been taken for dead by the others (no heartbeat within the timeout) and is back: what they ended on
 * its behalf (its participants' presence) is to be recorded again. It stays on this node.
 */
public record NodeRevivedEvent(String nodeId) {}
