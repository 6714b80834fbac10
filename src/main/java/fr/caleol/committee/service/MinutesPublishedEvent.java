package fr.caleol.committee.service;

import fr.caleol.base.events.ClusterEvent;
import java.time.LocalDate;
import java.util.Set;

/** The minutes of a sitting were published: its convened members are told live. */
public record MinutesPublishedEvent(long sittingId, long minutesId, LocalDate sittingDate,
        Set<String> convenedUsernames) implements ClusterEvent {}
