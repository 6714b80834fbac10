package fr.caleol.housing.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * How long an applicant's personal data is kept (GDPR storage limitation, the landlord's policy): one year after the
 * application leaves the register. It leaves the register when a dwelling is allocated, when it is declared
 * inadmissible, or when it is removed; an active, proposed or refused application stays on the register.
 */
public final class RetentionRule {

    /** The statuses of an application that has left the register. */
    public static final Set<ApplicationStatus> LEFT_REGISTER = EnumSet.of(ApplicationStatus.ALLOCATED,
            ApplicationStatus.INADMISSIBLE, ApplicationStatus.REMOVED);

    private RetentionRule() {}

    /**
     * Whether the data of an application must now be anonymised: it left the register on {@code leftOn} and
     * {@code months} months have passed since, on {@code today}.
     */
    public static boolean expired(ApplicationStatus status, LocalDate leftOn, LocalDate today, int months) {
        return LEFT_REGISTER.contains(status) && leftOn != null && !leftOn.plusMonths(months).isAfter(today);
    }
}
