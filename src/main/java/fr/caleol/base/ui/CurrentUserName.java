package fr.caleol.base.ui;

/** Gives the header the logged-in user's display name (implemented by the security feature). */
@FunctionalInterface
public interface CurrentUserName {
    String displayName();
}
