package fr.caleol.base.events;

/**
 * An event that every node hears, not only the one where it happened: a record of ids and small values, carried
 * between nodes as JSON (see {@code fr.caleol.base.cluster.RedisEventRelay}). Events that do not implement it stay
 * on their node.
 */
public interface ClusterEvent {}
