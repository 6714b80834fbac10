package fr.caleol.outreach.service;

import fr.caleol.outreach.domain.CampaignStatus;
import java.time.LocalDate;

/** A campaign as lists show it. */
public record CampaignSummary(long id, String name, LocalDate startDate, int weeks, int aloneMinAge,
        int coupleMinAge, String script, CampaignStatus status, int targets, int volunteers, long version) {

    public CampaignForm toForm() {
        return new CampaignForm(name, startDate, weeks, aloneMinAge, coupleMinAge, script);
    }
}
