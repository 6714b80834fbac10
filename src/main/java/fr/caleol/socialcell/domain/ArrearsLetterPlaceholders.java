package fr.caleol.socialcell.domain;

import fr.caleol.base.domain.Euros;
import fr.caleol.base.domain.TemplateText;
import fr.caleol.tenancy.domain.Movement;
import fr.caleol.tenancy.domain.MovementKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {{placeholders}} of the social cell's letters, their French values (dates as "5 février 2026", amounts as
 * "1 234,56 €": letters are French whatever the screen language), and the check at save.
 */
public final class ArrearsLetterPlaceholders {

    /** Every placeholder a template may use. Plan placeholders are empty in a letter written without a plan. */
    public static final List<String> KNOWN = List.of("nom", "adresse", "reference_bail", "date_courrier", "dette",
            "loyer_et_charges", "date_premier_impaye", "conseiller", "telephone_cellule", "plan_dette",
            "plan_mensualites", "plan_montant_mensuel", "plan_debut", "plan_fin", "echeance_impayee",
            "echeance_date");

    private static final Locale FR = Locale.FRANCE;
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", FR);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", FR);

    private ArrearsLetterPlaceholders() {}

    /** What a letter says about its case, beyond the template. {@code plan} is null for a letter without plan. */
    public record Facts(String names, List<String> addressLines, String leaseReference, LocalDate letterDate,
            BigDecimal debt, BigDecimal rentAndCharges, LocalDate firstUnpaidDue, String adviser, String cellPhone,
            Plan plan) {}

    /** The plan a letter refers to, with its oldest late instalment (null when none is late). */
    public record Plan(BigDecimal debt, List<Instalment> instalments, Instalment late) {}

    /** The placeholders used in a text that are not known, in order of appearance. */
    public static Set<String> unknown(String text) {
        return TemplateText.unknown(text, KNOWN);
    }

    public static String fill(String text, Map<String, String> values) {
        return TemplateText.fill(text, values);
    }

    public static Map<String, String> values(Facts f) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("nom", f.names());
        values.put("adresse", String.join(", ", f.addressLines()));
        values.put("reference_bail", f.leaseReference());
        values.put("date_courrier", longDate(f.letterDate()));
        values.put("dette", Euros.french(f.debt()));
        values.put("loyer_et_charges", Euros.french(f.rentAndCharges()));
        values.put("date_premier_impaye", longDate(f.firstUnpaidDue()));
        values.put("conseiller", f.adviser());
        values.put("telephone_cellule", f.cellPhone());
        Plan plan = f.plan();
        if (plan != null && !plan.instalments().isEmpty()) {
            List<Instalment> schedule = plan.instalments();
            values.put("plan_dette", Euros.french(plan.debt()));
            values.put("plan_mensualites", String.valueOf(schedule.size()));
            values.put("plan_montant_mensuel", Euros.french(schedule.getFirst().amount()));
            values.put("plan_debut", longDate(schedule.getFirst().dueDate()));
            values.put("plan_fin", longDate(schedule.getLast().dueDate()));
            values.put("echeance_impayee", plan.late() == null ? "" : Euros.french(plan.late().outstanding()));
            values.put("echeance_date", plan.late() == null ? "" : longDate(plan.late().dueDate()));
        }
        return values;
    }

    /** The oldest instalment still (partly) unpaid after its due date on {@code day}, or null. */
    public static Instalment oldestLate(Collection<Instalment> instalments, LocalDate day) {
        return instalments.stream().filter(i -> i.statusOn(day) == InstalmentStatus.LATE)
                .min(Comparator.comparing(Instalment::dueDate).thenComparingInt(Instalment::number)).orElse(null);
    }

    /**
     * The due date of the oldest rent call not covered on {@code day}: the credits (payments, aid, credit
     * adjustments) settle the oldest calls first. Null when nothing is owed.
     */
    public static LocalDate firstUnpaidDue(Collection<Movement> movements, LocalDate day) {
        BigDecimal credits = movements.stream().filter(m -> !m.date().isAfter(day) && m.amount().signum() < 0)
                .map(m -> m.amount().negate()).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Movement> debits = movements.stream().filter(m -> !m.date().isAfter(day) && m.amount().signum() > 0)
                .sorted(Comparator.comparing(ArrearsLetterPlaceholders::due)).toList();
        for (Movement m : debits) {
            if (credits.compareTo(m.amount()) < 0) {
                return due(m);
            }
            credits = credits.subtract(m.amount());
        }
        return null;
    }

    private static LocalDate due(Movement m) {
        return m.kind() == MovementKind.RENT_CALL && m.dueDate() != null ? m.dueDate() : m.date();
    }

    public static String longDate(LocalDate date) {
        return date == null ? "" : LONG_DATE.format(date);
    }

    public static String shortDate(LocalDate date) {
        return date == null ? "" : SHORT_DATE.format(date);
    }

}
