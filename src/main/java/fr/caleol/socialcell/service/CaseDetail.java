package fr.caleol.socialcell.service;

import fr.caleol.socialcell.domain.LegalDeadlines.Deadline;
import fr.caleol.tenancy.domain.Movement;
import java.math.BigDecimal;
import java.util.List;

/** A case with its ledger, current balance, contact log and legal deadlines. */
public record CaseDetail(CaseSummary summary, BigDecimal rentAndCharges, BigDecimal balance, List<Movement> ledger,
        List<ContactEntry> contacts, List<Deadline> deadlines) {}
