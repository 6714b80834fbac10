package fr.caleol.outreach.domain;

/** A campaign is prepared (targets previewed), then runs (targets frozen), then ends. */
public enum CampaignStatus {
    DRAFT,
    RUNNING,
    ENDED
}
