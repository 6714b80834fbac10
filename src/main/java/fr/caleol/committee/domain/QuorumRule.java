package fr.caleol.committee.domain;

/**
 * The quorum of a committee (its internal rules): a minimum number of voting members present, or a percentage of
 * the voting members. {@code value} is the number, or the percentage (e.g. 50 for "at least half").
 */
public record QuorumRule(Kind kind, int value) {

    public enum Kind { MINIMUM_PRESENT, PERCENT_OF_ELECTORATE }

    public QuorumRule {
        if (kind == null || value < 1 || (kind == Kind.PERCENT_OF_ELECTORATE && value > 100)) {
            throw new IllegalArgumentException("Invalid quorum: " + kind + " " + value);
        }
    }

    /** Whether {@code present} voters out of an electorate of {@code electorate} make the quorum. */
    public boolean isMet(int present, int electorate) {
        if (present < 0 || electorate < 0 || present > electorate) {
            throw new IllegalArgumentException("present " + present + " of " + electorate);
        }
        return switch (kind) {
            case MINIMUM_PRESENT -> present >= value;
            case PERCENT_OF_ELECTORATE -> electorate > 0 && present * 100L >= (long) value * electorate;
        };
    }

    /** How many present voters the quorum needs for this electorate. */
    public int required(int electorate) {
        return switch (kind) {
            case MINIMUM_PRESENT -> value;
            case PERCENT_OF_ELECTORATE -> (int) Math.ceil(value * electorate / 100.0);
        };
    }
}
