package fr.caleol.base.ui;

/** A view whose title (header and browser tab) is the translation of a key, so it follows the language. */
public interface HasTitleKey {
    String titleKey();
}
