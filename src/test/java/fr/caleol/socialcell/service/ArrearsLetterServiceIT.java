package fr.caleol.socialcell.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caleol.base.domain.Euros;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.security.domain.Role;
import fr.caleol.socialcell.domain.ArrearsLetterKind;
import fr.caleol.socialcell.domain.ArrearsLetterPlaceholders;
import fr.caleol.socialcell.domain.CaseStatus;
import fr.caleol.support.ArrearsFixtures;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.OutreachFixtures;
import fr.caleol.support.TestUsers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ArrearsLetterServiceIT {

    static final BigDecimal RENT = ArrearsFixtures.RENT;

    @Autowired ArrearsLetterService letters;
    @Autowired PlanPdf planPdf;
    @Autowired ArrearsCaseService cases;
    @Autowired PlanService plans;
    @Autowired ArrearsFixtures arrears;
    @Autowired JdbcTemplate jdbc;

    String lastName;
    LocalDate firstUnpaid;
    long caseId;
    String adviser;

    /** A lease paid for 14 months, then one rent unpaid: a NEW case assigned to a fresh adviser. */
    @Autowired fr.caleol.support.Mailbox mailbox;

    @BeforeEach
    void aNascentCaseAssignedToAnAdviser() {
        LocalDate born = OutreachFixtures.uniqueDay().minusYears(40);
        lastName = "Courrier" + TestUsers.unique("").replaceAll("[^A-Za-z0-9]", "");
        ArrearsFixtures.ArrearsCase c = arrears.assignedCase(lastName, 14, 1, born, born.plusYears(2));
        firstUnpaid = c.firstUnpaid();
        caseId = c.caseId();
        adviser = c.adviser();
    }

    @AfterEach
    void nobody() {
        TestUsers.anonymous();
    }

    static String text(byte[] pdf) {
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[\\u00A0\\u202F]", " ")
                    .replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String euros(BigDecimal amount) {
        return Euros.french(amount).replace('\u00A0', ' ');
    }

    @Test
    void each_of_the_four_letters_prints_the_tenant_and_the_debt_and_logs_a_letter_contact_of_its_kind() {
        TestUsers.actAs(adviser, Role.SOCIAL_ADVISER);
        String first = text(letters.generate(caseId, ArrearsLetterKind.FIRST_REMINDER));
        assertThat(first).contains("Prénom0 " + lastName + " et Prénom1 " + lastName).contains(euros(RENT))
                .contains("3 rue Pasteur").contains(ArrearsLetterPlaceholders.longDate(firstUnpaid))
                .doesNotContain("{{");
        assertThat(cases.requireAccess(caseId).status()).as("a NEW case becomes CONTACTED")
                .isEqualTo(CaseStatus.CONTACTED);
        assertThat(text(letters.generate(caseId, ArrearsLetterKind.INVITATION))).contains(lastName)
                .contains(euros(RENT)).contains("FSL");

        long plan = plans.create(caseId, RENT, firstUnpaid.plusMonths(1), 2, firstUnpaid.plusDays(20));
        assertThat(text(letters.generate(caseId, ArrearsLetterKind.PLAN_CONFIRMATION))).contains(lastName)
                .contains(euros(RENT)).contains(euros(new BigDecimal("240.00")));
        assertThatThrownBy(() -> letters.generate(caseId, ArrearsLetterKind.DEFAULT_NOTICE))
                .as("no default notice while the plan runs")
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("socialcell.letters.error.notInDefault"));

        TestUsers.actAs("chef", Role.SOCIAL_CELL_LEAD);
        assertThat(plans.detectBreaches(firstUnpaid.plusMonths(1).plusDays(30))).contains(plan);
        assertThat(mailbox.await(adviser + "@caleol.test", 1, m -> m.subject().startsWith("Plan d’apurement en défaut"))
                .getFirst().text()).as("the adviser in charge is told by mail, with the case's link")
                .contains("/cellule-sociale/dossiers/" + caseId);
        assertThat(mailbox.await("responsable-cellule@caleol.example", 1,
                m -> m.text().contains("/cellule-sociale/dossiers/" + caseId))).as("and the team lead").hasSize(1);
        TestUsers.actAs(adviser, Role.SOCIAL_ADVISER);
        assertThat(letters.suggestion(caseId)).isEqualTo(new ArrearsLetterService.Suggestion(
                ArrearsLetterKind.DEFAULT_NOTICE, true));
        String notice = text(letters.generate(caseId, ArrearsLetterKind.DEFAULT_NOTICE));
        assertThat(notice).contains(lastName).contains(euros(RENT)).contains(euros(new BigDecimal("240.00")))
                .contains("CCAPEX").contains("Lettre recommandée");

        assertThat(letters.sentLetters(caseId)).extracting(ArrearsLetterService.SentLetter::kind).containsExactly(
                ArrearsLetterKind.DEFAULT_NOTICE, ArrearsLetterKind.PLAN_CONFIRMATION, ArrearsLetterKind.INVITATION,
                ArrearsLetterKind.FIRST_REMINDER);
        assertThat(jdbc.queryForList("""
                SELECT CONCAT(kind, ' ', letter_kind, ' ', author) FROM arrears_contact WHERE case_id = ? ORDER BY id""",
                String.class, caseId)).containsExactly("LETTER FIRST_REMINDER " + adviser,
                "LETTER INVITATION " + adviser, "LETTER PLAN_CONFIRMATION " + adviser,
                "LETTER DEFAULT_NOTICE " + adviser);
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM audit_event WHERE action = 'LETTERS_GENERATED' AND actor = ? AND object_id = ?""",
                Integer.class, adviser, String.valueOf(caseId))).isEqualTo(4);
    }

    @Test
    void a_plan_letter_without_a_plan_is_refused_clearly_and_logs_nothing() {
        TestUsers.actAs(adviser, Role.SOCIAL_ADVISER);
        for (ArrearsLetterKind kind : List.of(ArrearsLetterKind.PLAN_CONFIRMATION, ArrearsLetterKind.DEFAULT_NOTICE)) {
            assertThatThrownBy(() -> letters.generate(caseId, kind)).isInstanceOfSatisfying(BusinessException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("socialcell.letters.error.noPlan"));
            assertThatThrownBy(() -> letters.preview(caseId, kind)).isInstanceOf(BusinessException.class);
        }
        assertThat(letters.sentLetters(caseId)).isEmpty();
        assertThat(cases.requireAccess(caseId).status()).isEqualTo(CaseStatus.NEW);
    }

    @Test
    void the_preview_is_the_filled_template_and_records_nothing() {
        TestUsers.actAs(adviser, Role.SOCIAL_ADVISER);
        ArrearsLetterService.Filled filled = letters.preview(caseId, ArrearsLetterKind.FIRST_REMINDER);
        assertThat(filled.subject()).doesNotContain("{{");
        assertThat(filled.body()).contains(Euros.french(RENT)).contains(adviser)
                .doesNotContain("{{");
        assertThat(letters.sentLetters(caseId)).isEmpty();
    }

    @Test
    void the_plan_pdf_schedule_adds_up_to_the_debt_and_a_renegotiated_plan_names_the_one_it_replaces() {
        TestUsers.actAs(adviser, Role.SOCIAL_ADVISER);
        BigDecimal debt = new BigDecimal("1000.00");
        long plan = plans.create(caseId, debt, firstUnpaid.plusMonths(1), 3, firstUnpaid.plusDays(20));
        String text = text(planPdf.planPdf(plan));
        Matcher m = Pattern.compile("Échéance n° (\\d+) — au plus tard le \\d\\d/\\d\\d/\\d{4} — ([\\d ]+,\\d\\d) €")
                .matcher(text);
        BigDecimal total = BigDecimal.ZERO;
        int count = 0;
        while (m.find()) {
            count++;
            total = total.add(new BigDecimal(m.group(2).replace(" ", "").replace(',', '.')));
        }
        assertThat(count).isEqualTo(3);
        assertThat(total).isEqualByComparingTo(debt);
        assertThat(text).contains("Total des échéances : " + euros(debt) + " (égal à la dette)")
                .contains("Prénom0 " + lastName).contains("3 rue Pasteur").contains("loyer et les charges courants")
                .contains("15 jours").contains("Lu et approuvé").contains("Loyer et charges du "
                        + ArrearsLetterPlaceholders.shortDate(firstUnpaid))
                .doesNotContain("remplace le plan");

        long renegotiated = plans.renegotiate(plan, firstUnpaid.plusMonths(2), 4, firstUnpaid.plusDays(40));
        assertThat(text(planPdf.planPdf(renegotiated))).contains("Ce plan remplace le plan n° " + plan)
                .contains("Total des échéances : " + euros(debt));
    }

    @Test
    void another_adviser_and_the_other_roles_are_denied_letters_and_plan_pdf() {
        TestUsers.actAs(adviser, Role.SOCIAL_ADVISER);
        long plan = plans.create(caseId, RENT, firstUnpaid.plusMonths(1), 2, firstUnpaid.plusDays(20));
        TestUsers.actAs(TestUsers.unique("cons"), Role.SOCIAL_ADVISER);
        assertDenied(plan);
        assertThatThrownBy(() -> letters.templates()).isInstanceOf(AccessDeniedException.class);
        for (Role role : List.of(Role.SECRETARY, Role.VOLUNTEER, Role.OUTREACH_COORDINATOR, Role.COMMITTEE_MEMBER)) {
            TestUsers.actAs("autre-" + role, role);
            assertDenied(plan);
            assertThatThrownBy(() -> letters.templates()).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM arrears_contact WHERE case_id = ?", Integer.class,
                caseId)).isZero();

        TestUsers.actAs("responsable", Role.SOCIAL_CELL_LEAD);
        assertThat(letters.preview(caseId, ArrearsLetterKind.PLAN_CONFIRMATION).body())
                .contains(Euros.french(RENT));
        assertThat(text(planPdf.planPdf(plan))).contains(lastName);
    }

    private void assertDenied(long plan) {
        assertThatThrownBy(() -> letters.preview(caseId, ArrearsLetterKind.FIRST_REMINDER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> letters.generate(caseId, ArrearsLetterKind.FIRST_REMINDER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> letters.sentLetters(caseId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> letters.suggestion(caseId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> planPdf.planPdf(plan)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_template_with_an_unknown_placeholder_is_refused_with_the_list_of_known_ones() {
        TestUsers.actAs("responsable", Role.SOCIAL_CELL_LEAD);
        ArrearsLetterService.Template before = template(ArrearsLetterKind.INVITATION);
        assertThatThrownBy(() -> letters.saveTemplate(ArrearsLetterKind.INVITATION, before.version(),
                before.subject(), before.body() + " {{montant}} {{nom}}"))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("socialcell.letters.error.unknownPlaceholder");
                    assertThat(e.arguments()[0]).isEqualTo("{{montant}}");
                    assertThat((String) e.arguments()[1]).contains("{{dette}}").contains("{{plan_fin}}");
                });
        assertThatThrownBy(() -> letters.saveTemplate(ArrearsLetterKind.INVITATION, before.version(), " ",
                before.body())).isInstanceOf(BusinessException.class);
        assertThat(template(ArrearsLetterKind.INVITATION)).isEqualTo(before);
    }

    @Test
    void a_stale_template_save_is_refused_and_the_first_one_kept() {
        TestUsers.actAs("responsable", Role.SOCIAL_CELL_LEAD);
        ArrearsLetterService.Template seen = template(ArrearsLetterKind.FIRST_REMINDER);
        try {
            long saved = letters.saveTemplate(ArrearsLetterKind.FIRST_REMINDER, seen.version(), seen.subject(),
                    seen.body() + "\n\nPremière modification.");
            assertThat(saved).isEqualTo(seen.version() + 1);
            TestUsers.actAs("admin-2", Role.ADMIN);
            assertThatThrownBy(() -> letters.saveTemplate(ArrearsLetterKind.FIRST_REMINDER, seen.version(),
                    seen.subject(), seen.body() + "\n\nSeconde modification."))
                    .isInstanceOfSatisfying(BusinessException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.staleData"));
            ArrearsLetterService.Template now = template(ArrearsLetterKind.FIRST_REMINDER);
            assertThat(now.body()).endsWith("Première modification.");
            assertThat(now.updatedBy()).isEqualTo("responsable");
            assertThat(now.updatedAtUtc()).isNotNull();
        } finally {
            TestUsers.actAs("responsable", Role.SOCIAL_CELL_LEAD);
            ArrearsLetterService.Template now = template(ArrearsLetterKind.FIRST_REMINDER);
            letters.saveTemplate(ArrearsLetterKind.FIRST_REMINDER, now.version(), seen.subject(), seen.body());
        }
    }

    private ArrearsLetterService.Template template(ArrearsLetterKind kind) {
        return letters.templates().stream().filter(t -> t.kind() == kind).findFirst().orElseThrow();
    }
}
