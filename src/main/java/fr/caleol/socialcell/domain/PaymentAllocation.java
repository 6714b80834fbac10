package fr.caleol.socialcell.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The documented allocation rule for a tenant under a repayment plan: a payment first settles the current rent (the
 * tenant committed to keep paying it), then the instalments from the oldest due date; whatever remains is a credit.
 */
public final class PaymentAllocation {

    private PaymentAllocation() {}

    public record Result(BigDecimal toCurrentRent, List<Instalment> instalments, BigDecimal credit) {}

    public static Result allocate(BigDecimal payment, BigDecimal currentRentOutstanding,
            List<Instalment> instalments) {
        BigDecimal left = payment;
        BigDecimal toRent = currentRentOutstanding.max(BigDecimal.ZERO).min(left.max(BigDecimal.ZERO));
        left = left.subtract(toRent);
        List<Instalment> sorted = new ArrayList<>(instalments);
        sorted.sort(java.util.Comparator.comparing(Instalment::dueDate).thenComparingInt(Instalment::number));
        List<Instalment> result = new ArrayList<>(sorted.size());
        for (Instalment i : sorted) {
            BigDecimal part = i.outstanding().max(BigDecimal.ZERO).min(left.max(BigDecimal.ZERO));
            left = left.subtract(part);
            result.add(part.signum() > 0 ? i.withPaid(i.paid().add(part)) : i);
        }
        return new Result(toRent, List.copyOf(result), left);
    }
}
