package fr.caleol.housing.service;

import fr.caleol.housing.domain.ApplicationStatus;
import fr.caleol.housing.domain.HouseholdPerson;
import fr.caleol.housing.domain.NumeroUnique;
import fr.caleol.housing.domain.PriorityCategory;
import fr.caleol.housing.domain.SupportingDocument;
import java.util.List;
import java.util.Set;

/**
 * What a comparison of candidates shows of one application besides its eligibility figures: the household, the
 * priority flags and the documents still missing. Fully loaded inside the service's transaction.
 */
public record CandidateSummary(long applicationId, NumeroUnique numeroUnique, String applicantName,
        ApplicationStatus status, List<HouseholdPerson> persons, boolean dalo, Set<PriorityCategory> priorities,
        Set<SupportingDocument> missingDocuments) {}
