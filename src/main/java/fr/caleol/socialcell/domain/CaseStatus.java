package fr.caleol.socialcell.domain;

public enum CaseStatus {
    NEW,
    CONTACTED,
    SOLUTION_AGREED,
    PLAN_ACTIVE,
    PLAN_IN_DEFAULT,
    RESOLVED,
    LITIGATION;

    public boolean open() {
        return this != RESOLVED;
    }
}
