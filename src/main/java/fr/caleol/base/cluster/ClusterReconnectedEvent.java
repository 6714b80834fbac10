package fr.caleol.base.cluster;

/**
 * The link to the other nodes is back (or up for the first time): what they changed meanwhile went unheard, so the
 * screens of this node read afresh what they show. It stays on this node.
 */
public record ClusterReconnectedEvent(String nodeId) {}
