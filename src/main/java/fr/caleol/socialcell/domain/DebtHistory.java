package fr.caleol.socialcell.domain;

import fr.caleol.tenancy.domain.Movement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A tenant's account as the adviser reads it: each movement in date order with the balance after it. */
public final class DebtHistory {

    /** One movement and the balance once it is booked (positive: the tenant owes). */
    public record Line(Movement movement, BigDecimal balanceAfter) {}

    private DebtHistory() {}

    /** The movements (in date order) with their running balance. */
    public static List<Line> of(List<Movement> movements) {
        List<Line> lines = new ArrayList<>(movements.size());
        BigDecimal balance = BigDecimal.ZERO;
        for (Movement m : movements) {
            balance = balance.add(m.amount());
            lines.add(new Line(m, balance));
        }
        return lines;
    }
}
