package fr.caleol.socialcell.service;

import fr.caleol.socialcell.domain.DeadlineKind;
import java.time.LocalDate;

/** A legal deadline of one of the adviser's cases, for the to-do list. */
public record TodoItem(LocalDate due, DeadlineKind kind, long caseId, String holder, String leaseReference) {}
