package fr.caleol.housing.domain.cotation;

import fr.caleol.housing.domain.CurrentHousingType;
import fr.caleol.housing.domain.PriorityCategory;
import fr.caleol.housing.domain.RequestReason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * What a cotation grid reads of an application.
 *
 * @param monthlyResources null when unknown
 */
public record CotationFacts(LocalDate filingDate, boolean dalo, Set<PriorityCategory> priorities, RequestReason reason,
        CurrentHousingType currentHousing, int householdSize, BigDecimal monthlyResources) {

    public CotationFacts {
        priorities = Set.copyOf(priorities);
    }
}
