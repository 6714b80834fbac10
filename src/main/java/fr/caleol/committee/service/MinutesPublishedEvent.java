package fr.caleol.committee.service;

import java.time.LocalDate;
import java.util.Set;

/** The minutes of a sitting were published: its convened members are told live. */
public record MinutesPublishedEvent(long sittingId, long minutesId, LocalDate sittingDate,
        Set<String> convenedUsernames) {}
