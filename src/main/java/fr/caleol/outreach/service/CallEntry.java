package fr.caleol.outreach.service;

import fr.caleol.outreach.domain.CallOutcome;
import java.time.LocalDateTime;

/**
 * A logged call as a reader may see it. The health, morale, needs and notes are {@code null} / false when the
 * reader may not see them ({@code sensitiveShown} false).
 */
public record CallEntry(long id, long tenantId, String caller, LocalDateTime calledAtUtc, int week,
        CallOutcome outcome, boolean sensitiveShown, String health, String morale, boolean needShopping,
        boolean needMedicine, boolean needIsolation, boolean needOther, boolean neighbourWorry, String notes,
        boolean wantsRegularCalls, boolean urgent) {}
