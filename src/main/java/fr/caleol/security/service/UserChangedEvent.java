package fr.caleol.security.service;

/** A user account was created or changed; {@code deactivated} when its sessions must end now. */
public record UserChangedEvent(long userId, String username, boolean deactivated) {}
