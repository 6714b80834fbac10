package fr.caleol.socialcell.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Breach detection: an instalment still not fully paid {@code toleranceDays} after its due date puts the plan in default. */
public final class PlanBreach {

    private PlanBreach() {}

    public static Optional<Instalment> firstBreach(List<Instalment> instalments, LocalDate today, int toleranceDays) {
        return instalments.stream()
                .filter(i -> i.outstanding().signum() > 0 && today.isAfter(i.dueDate().plusDays(toleranceDays)))
                .min(java.util.Comparator.comparing(Instalment::dueDate));
    }

    public static boolean inDefault(List<Instalment> instalments, LocalDate today, int toleranceDays) {
        return firstBreach(instalments, today, toleranceDays).isPresent();
    }
}
