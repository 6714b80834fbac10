package fr.caleol.housing.service;

import fr.caleol.housing.domain.ApplicationHistoryEntry;
import fr.caleol.housing.domain.Commune;
import fr.caleol.housing.domain.HouseholdPerson;
import fr.caleol.housing.domain.HousingApplication;
import java.util.List;

/**
 * An application with everything its detail screen shows, fully loaded inside the service's transaction.
 *
 * @param proposals the dwellings it was proposed for (reference and commune), most recent first
 */
public record ApplicationDossier(HousingApplication application, List<HouseholdPerson> persons,
        List<Commune> wishedCommunes, List<ApplicationHistoryEntry> history, List<Proposal> proposals) {

    public record Proposal(long dwellingId, String dwellingReference, String communeName) {}
}
