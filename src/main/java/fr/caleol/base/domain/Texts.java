package fr.caleol.base.domain;

/** Small text helpers shared by forms and services. */
public final class Texts {

    private Texts() {}

    /** The text trimmed, or null when it is null or blank: an empty field is stored as "nothing typed". */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
