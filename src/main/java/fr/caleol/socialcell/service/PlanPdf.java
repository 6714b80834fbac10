package fr.caleol.socialcell.service;

import fr.caleol.base.config.LandlordProperties;
import fr.caleol.base.domain.Euros;
import fr.caleol.base.pdf.PdfLayout;
import fr.caleol.security.domain.Role;
import fr.caleol.socialcell.domain.ArrearsLetterPlaceholders;
import fr.caleol.socialcell.domain.Instalment;
import fr.caleol.tenancy.domain.Movement;
import fr.caleol.tenancy.domain.MovementKind;
import fr.caleol.tenancy.service.RentLedgerService;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The repayment plan for signature (plan d’apurement): the parties, the debt and what it covers, the schedule (its
 * total equals the debt), the tenant's commitments, the allocation rule, what a missed instalment leads to, and two
 * signature blocks. Same access rule as the plan: the case's adviser or the team lead.
 */
@Service
public class PlanPdf {

    /** Unpaid rent calls listed one by one under "what the debt covers", at most. */
    static final int COVERED_LINES = 24;

    private final PlanService plans;
    private final CaseFacts facts;
    private final RentLedgerService ledger;
    private final String landlord;
    private final String landlordAddress;
    private final String cellPhone;
    private final String place;
    private final int toleranceDays;

    public PlanPdf(PlanService plans, CaseFacts facts, RentLedgerService ledger,
            LandlordProperties landlord, SocialCellProperties settings) {
        this.plans = plans;
        this.facts = facts;
        this.ledger = ledger;
        this.landlord = landlord.name();
        this.landlordAddress = landlord.address();
        this.cellPhone = settings.printedPhone();
        this.place = settings.signaturePlace();
        this.toleranceDays = settings.breachDays();
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SOCIAL_ADVISER, Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
    public byte[] planPdf(long planId) {
        PlanView plan = plans.plan(planId); // checks access to the case
        CaseFacts.Lease lease = facts.lease(plan.caseId());
        String adviser = facts.displayName(lease.adviser());
        List<Instalment> schedule = plan.instalments();
        BigDecimal total = schedule.stream().map(Instalment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        try (PdfLayout pdf = new PdfLayout("Plan d’apurement n° " + plan.id())) {
            pdf.subheading(landlord);
            pdf.small(landlordAddress);
            pdf.small("Cellule sociale — téléphone : " + cellPhone);
            pdf.space(12);
            pdf.title("Plan d’apurement de la dette locative n° " + plan.id());
            if (plan.previousPlanId() != null) {
                pdf.text("Ce plan remplace le plan n° " + plan.previousPlanId() + ", renégocié d’un commun accord ; "
                        + "le plan n° " + plan.previousPlanId() + " reste conservé tel qu’il était.");
            }
            pdf.heading("Entre les soussignés");
            pdf.text(landlord + ", bailleur, représenté par " + (adviser.isEmpty() ? "la cellule sociale"
                    : adviser + ", cellule sociale") + ",");
            pdf.text("et " + lease.names() + ", locataire(s) du logement situé " + String.join(", ",
                    lease.addressLines()) + " (bail n° " + lease.leaseReference() + "),");
            pdf.text("il est convenu ce qui suit.");

            pdf.heading("1. La dette");
            pdf.text("À la date de signature, le " + ArrearsLetterPlaceholders.longDate(plan.signedOn())
                    + ", le(s) locataire(s) reconnaissent devoir la somme de "
                    + Euros.french(plan.debt()) + " au titre de leur compte locataire.");
            covered(pdf, plan);

            pdf.heading("2. Échéancier");
            pdf.text("La dette est réglée en " + schedule.size() + " mensualités, la dernière absorbant l’arrondi :");
            for (Instalment i : schedule) {
                pdf.indented("Échéance n° " + i.number() + " — au plus tard le "
                        + ArrearsLetterPlaceholders.shortDate(i.dueDate()) + " — "
                        + Euros.french(i.amount()));
            }
            pdf.subheading("Total des échéances : " + Euros.french(total)
                    + (total.compareTo(plan.debt()) == 0 ? " (égal à la dette)" : ""));

            pdf.heading("3. Engagement de payer le loyer courant");
            pdf.text("En plus de chaque mensualité, le(s) locataire(s) s’engagent à payer chaque mois, à son échéance, "
                    + "le loyer et les charges courants (actuellement " + Euros.french(
                            lease.rentAndCharges()) + " par mois), déduction faite le cas échéant des aides au "
                    + "logement versées directement au bailleur.");

            pdf.heading("4. Imputation des paiements");
            pdf.text("Chaque paiement reçu est affecté d’abord au loyer et aux charges du mois en cours restant dus, "
                    + "puis à la plus ancienne mensualité du plan non encore réglée ; un éventuel excédent vient au "
                    + "crédit du compte locataire.");

            pdf.heading("5. Échéance non réglée");
            pdf.text("Une mensualité restée impayée " + toleranceDays + " jours après sa date d’échéance constitue "
                    + "une défaillance du plan. Le bailleur en informe alors le(s) locataire(s) par courrier et les "
                    + "invite à prendre contact avec la cellule sociale. À défaut de régularisation ou d’un nouvel "
                    + "accord, le bailleur pourra reprendre le recouvrement de l’intégralité de la somme restant due, "
                    + "signaler la situation à l’organisme payeur des aides au logement et saisir la commission de "
                    + "coordination des actions de prévention des expulsions locatives (CCAPEX), dans le respect des "
                    + "procédures prévues par la loi.");
            pdf.text("En cas de difficulté, le(s) locataire(s) s’engagent à prévenir la cellule sociale au plus tôt "
                    + "(" + cellPhone + ") : le plan peut être renégocié ; le nouveau plan remplace alors celui-ci. "
                    + "Le Fonds de solidarité pour le logement (FSL) et les services sociaux peuvent aussi être "
                    + "sollicités.");

            pdf.space(12);
            pdf.text("Fait à " + place + ", le " + ArrearsLetterPlaceholders.longDate(plan.signedOn())
                    + ", en deux exemplaires originaux.");
            pdf.space(10);
            pdf.subheading("Pour le bailleur");
            pdf.text(adviser.isEmpty() ? landlord : adviser + ", pour " + landlord);
            pdf.small("Signature :");
            pdf.space(50);
            pdf.subheading("Le(s) locataire(s)");
            pdf.text(lease.names());
            pdf.small("Signature précédée de la mention manuscrite « Lu et approuvé » :");
            pdf.space(50);
            return pdf.finish(landlord + " — Plan d’apurement n° " + plan.id() + " — bail n° "
                    + lease.leaseReference());
        }
    }

    /** What the debt covers: the remaining instalments of the replaced plan, or the unpaid rent calls. */
    private void covered(PdfLayout pdf, PlanView plan) {
        if (plan.previousPlanId() != null) {
            pdf.text("Elle correspond aux mensualités restant dues du plan n° " + plan.previousPlanId() + ".");
            return;
        }
        List<Movement> unpaid = unpaidCalls(ledger.movements(facts.lease(plan.caseId()).leaseId()), plan.signedOn());
        if (unpaid.isEmpty()) {
            pdf.text("Elle correspond aux sommes restant dues au compte locataire à cette date.");
            return;
        }
        pdf.text("Elle couvre les loyers et charges restés impayés (en tout ou partie) des échéances suivantes :");
        for (Movement m : unpaid.subList(0, Math.min(unpaid.size(), COVERED_LINES))) {
            pdf.indented((m.kind() == MovementKind.RENT_CALL ? "Loyer et charges du " : "Régularisation du ")
                    + ArrearsLetterPlaceholders.shortDate(m.dueDate() == null ? m.date() : m.dueDate())
                    + " — restant dû " + Euros.french(m.amount()));
        }
        if (unpaid.size() > COVERED_LINES) {
            pdf.indented("… et " + (unpaid.size() - COVERED_LINES) + " échéances plus récentes.");
        }
    }

    /**
     * The debits still (partly) unpaid on {@code day}, the oldest first, each with what remains of it: credits
     * settle the oldest debits first.
     */
    static List<Movement> unpaidCalls(List<Movement> movements, LocalDate day) {
        BigDecimal credits = movements.stream().filter(m -> !m.date().isAfter(day) && m.amount().signum() < 0)
                .map(m -> m.amount().negate()).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Movement> debits = movements.stream().filter(m -> !m.date().isAfter(day) && m.amount().signum() > 0)
                .sorted(Comparator.comparing(m -> m.dueDate() == null ? m.date() : m.dueDate())).toList();
        List<Movement> unpaid = new ArrayList<>();
        for (Movement m : debits) {
            BigDecimal covered = credits.min(m.amount());
            credits = credits.subtract(covered);
            if (covered.compareTo(m.amount()) < 0) {
                unpaid.add(new Movement(m.kind(), m.date(), m.dueDate(), m.amount().subtract(covered), m.means()));
            }
        }
        return unpaid;
    }
}
