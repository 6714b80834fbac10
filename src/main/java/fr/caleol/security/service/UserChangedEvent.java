package fr.caleol.security.service;

import fr.caleol.base.events.ClusterEvent;

/**
 * A user account was created or changed; {@code endSessions} when its open sessions must end now: the account was
 * deactivated, its roles changed (a session keeps the rights it was opened with) or its password was reset.
 */
public record UserChangedEvent(long userId, String username, boolean endSessions) implements ClusterEvent {}
