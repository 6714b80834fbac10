package fr.caleol.socialcell.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caleol.base.domain.Euros;
import fr.caleol.tenancy.domain.Movement;
import fr.caleol.tenancy.domain.PaymentMeans;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArrearsLetterPlaceholdersTest {

    static final BigDecimal RENT = new BigDecimal("480.00");
    static final LocalDate DAY = LocalDate.of(2026, 3, 12);

    ArrearsLetterPlaceholders.Facts facts(ArrearsLetterPlaceholders.Plan plan) {
        return new ArrearsLetterPlaceholders.Facts("Awa Diallo et Marc Diallo", List.of("3 rue Pasteur",
                "93100 MONTREUIL"), "B-0042", DAY, new BigDecimal("1234.56"), RENT, LocalDate.of(2026, 2, 5),
                "Claire Martin", "01 48 00 00 00", plan);
    }

    @Test
    void every_known_placeholder_gets_a_french_value_when_the_letter_has_a_plan() {
        List<Instalment> schedule = RepaymentSchedule.byMonths(new BigDecimal("1000.00"), LocalDate.of(2026, 1, 5),
                3);
        Instalment late = ArrearsLetterPlaceholders.oldestLate(schedule, DAY);
        Map<String, String> values = ArrearsLetterPlaceholders.values(facts(
                new ArrearsLetterPlaceholders.Plan(new BigDecimal("1000.00"), schedule, late)));
        assertThat(values.keySet()).containsExactlyInAnyOrderElementsOf(ArrearsLetterPlaceholders.KNOWN);
        assertThat(values.values()).allSatisfy(v -> assertThat(v).isNotBlank());
        assertThat(values).containsEntry("dette", "1\u00A0234,56\u00A0€")
                .containsEntry("date_courrier", "12 mars 2026")
                .containsEntry("date_premier_impaye", "5 février 2026")
                .containsEntry("adresse", "3 rue Pasteur, 93100 MONTREUIL")
                .containsEntry("plan_mensualites", "3")
                .containsEntry("plan_debut", "5 janvier 2026")
                .containsEntry("plan_fin", "5 mars 2026")
                .containsEntry("echeance_date", "5 janvier 2026");
    }

    @Test
    void plan_placeholders_are_empty_in_a_letter_without_a_plan() {
        String text = ArrearsLetterPlaceholders.fill("Dette {{dette}}, plan {{plan_dette}}.",
                ArrearsLetterPlaceholders.values(facts(null)));
        assertThat(text).isEqualTo("Dette 1\u00A0234,56\u00A0€, plan .");
    }

    @Test
    void unknown_placeholders_are_listed_in_order_and_known_ones_pass() {
        assertThat(ArrearsLetterPlaceholders.unknown("{{nom}} {{ montant }} {{dette}} {{numero_unique}} {{montant}}"))
                .containsExactly("montant", "numero_unique");
        assertThat(ArrearsLetterPlaceholders.unknown(String.join(" ", ArrearsLetterPlaceholders.KNOWN.stream()
                .map(p -> "{{" + p + "}}").toList()))).isEmpty();
    }

    @Test
    void the_first_unpaid_rent_is_the_oldest_call_the_payments_do_not_cover() {
        List<Movement> ledger = List.of(
                Movement.rentCall(LocalDate.of(2026, 1, 5), RENT),
                Movement.rentCall(LocalDate.of(2026, 2, 5), RENT),
                Movement.rentCall(LocalDate.of(2026, 3, 5), RENT),
                Movement.payment(LocalDate.of(2026, 1, 6), RENT, PaymentMeans.TRANSFER),
                Movement.payment(LocalDate.of(2026, 3, 1), new BigDecimal("100.00"), PaymentMeans.CHEQUE));
        assertThat(ArrearsLetterPlaceholders.firstUnpaidDue(ledger, DAY)).isEqualTo(LocalDate.of(2026, 2, 5));
        assertThat(ArrearsLetterPlaceholders.firstUnpaidDue(ledger, LocalDate.of(2026, 1, 31))).isNull();
    }

    @Test
    void the_oldest_late_instalment_is_the_one_a_default_notice_names() {
        List<Instalment> schedule = List.of(
                new Instalment(1, LocalDate.of(2026, 1, 5), new BigDecimal("100.00"), new BigDecimal("100.00")),
                new Instalment(2, LocalDate.of(2026, 2, 5), new BigDecimal("100.00"), new BigDecimal("40.00")),
                new Instalment(3, LocalDate.of(2026, 3, 5), new BigDecimal("100.00"), null));
        Instalment late = ArrearsLetterPlaceholders.oldestLate(schedule, DAY);
        assertThat(late.number()).isEqualTo(2);
        assertThat(Euros.french(late.outstanding())).isEqualTo("60,00\u00A0€");
        assertThat(ArrearsLetterPlaceholders.oldestLate(schedule, LocalDate.of(2026, 1, 20))).isNull();
    }
}
