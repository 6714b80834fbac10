package fr.caleol.socialcell.domain;

import fr.caleol.tenancy.domain.Movement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * How far a repayment plan is paid, computed from the rent ledger alone: the paid amount of each instalment is never
 * typed, it follows from the tenant's credits.
 *
 * <p>The rule (the one documented by {@link PaymentAllocation}, applied to the ledger):
 * <ol>
 * <li>Only credits dated on or after the plan's signature count: payments of any means, housing aid paid to the
 * landlord and credit adjustments. What was paid before the signature is already deducted from the debt at
 * signature.</li>
 * <li>The credits are taken in date order. Each one first settles the <em>current rent</em> still owed: the rent
 * calls (and debit adjustments) due on or after the signature and due no later than the end of the credit's month
 * (so a transfer made on the 1st for the rent due on the 5th pays that rent), less what earlier credits already put
 * on the current rent.</li>
 * <li>What remains goes to the instalments from the oldest due date, whether or not they are due yet (an overpayment
 * pays the next instalment in advance); beyond the last instalment it stays a credit on the account.</li>
 * </ol>
 * A credit that only covers the current rent pays no instalment: the tenant committed to pay the current rent
 * <em>and</em> the instalments.
 */
public record PlanProgress(List<Instalment> instalments, BigDecimal toCurrentRent, BigDecimal credit) {

    public static PlanProgress from(List<Instalment> schedule, Collection<Movement> ledger, LocalDate signedOn) {
        List<Movement> currentDebits = new ArrayList<>();
        List<Movement> credits = new ArrayList<>();
        for (Movement m : ledger) {
            if (m.amount().signum() > 0) {
                LocalDate due = m.effectiveDue();
                if (!due.isBefore(signedOn)) {
                    currentDebits.add(m);
                }
            } else if (m.amount().signum() < 0 && !m.date().isBefore(signedOn)) {
                credits.add(m);
            }
        }
        credits.sort(Comparator.comparing(Movement::date));
        List<Instalment> instalments = schedule.stream().map(i -> i.withPaid(BigDecimal.ZERO)).toList();
        BigDecimal toRent = BigDecimal.ZERO;
        BigDecimal credit = BigDecimal.ZERO;
        for (Movement c : credits) {
            LocalDate endOfMonth = c.date().with(TemporalAdjusters.lastDayOfMonth());
            BigDecimal rentCalled = BigDecimal.ZERO;
            for (Movement d : currentDebits) {
                LocalDate due = d.effectiveDue();
                if (!due.isAfter(endOfMonth)) {
                    rentCalled = rentCalled.add(d.amount());
                }
            }
            PaymentAllocation.Result r = PaymentAllocation.allocate(c.amount().negate(), rentCalled.subtract(toRent),
                    instalments);
            toRent = toRent.add(r.toCurrentRent());
            instalments = r.instalments();
            credit = credit.add(r.credit());
        }
        return new PlanProgress(instalments, toRent, credit);
    }

    /** Every instalment fully paid. */
    public boolean completed() {
        return instalments.stream().allMatch(i -> i.outstanding().signum() <= 0);
    }

    public BigDecimal paidOnInstalments() {
        return instalments.stream().map(Instalment::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
