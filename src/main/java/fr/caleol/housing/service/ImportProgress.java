package fr.caleol.housing.service;

/** Told how far an import is: first every line is checked, then (if none is wrong) every line is saved. */
@FunctionalInterface
public interface ImportProgress {

    enum Phase { CHECKING, SAVING }

    ImportProgress NONE = (phase, done, total) -> {};

    /** {@code done} of {@code total} lines of the phase; called from the importing thread, a few hundred times at most. */
    void update(Phase phase, int done, int total);
}
