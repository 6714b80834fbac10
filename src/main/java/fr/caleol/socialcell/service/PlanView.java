package fr.caleol.socialcell.service;

import fr.caleol.socialcell.domain.Instalment;
import fr.caleol.socialcell.domain.PlanStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

public record PlanView(long id, long caseId, Long previousPlanId, BigDecimal debt, LocalDate startDate, int months,
        LocalDate signedOn, PlanStatus status, List<Instalment> instalments) {}
