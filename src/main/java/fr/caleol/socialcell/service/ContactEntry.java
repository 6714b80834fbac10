package fr.caleol.socialcell.service;

import fr.caleol.socialcell.domain.ContactKind;
import java.time.LocalDate;

public record ContactEntry(long id, ContactKind kind, LocalDate date, String author, String notes) {}
