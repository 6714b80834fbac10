package fr.caleol.socialcell.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import fr.caleol.base.domain.Euros;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.security.domain.Role;
import fr.caleol.socialcell.domain.ContactKind;
import fr.caleol.socialcell.service.ArrearsCaseService;
import fr.caleol.support.ArrearsFixtures;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.KaribuTest;
import fr.caleol.support.TestUsers;
import fr.caleol.tenancy.service.RentLedgerService;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class CaseViewIT extends KaribuTest {

    static final BigDecimal RENT = ArrearsFixtures.RENT;

    @Autowired ArrearsCaseService cases;
    @Autowired RentLedgerService ledger;
    @Autowired ArrearsFixtures arrears;
    @Autowired JdbcTemplate jdbc;

    String adviser;
    long caseId;

    /** Thirteen months paid, then two rents unpaid: a case of 960 € assigned to a fresh adviser. */
    @BeforeEach
    void aCaseOfTwoUnpaidRentsAssignedToAFreshAdviser() {
        ArrearsFixtures.ArrearsCase c = arrears.assignedCase("Dossier", 13, 2);
        caseId = c.caseId();
        adviser = c.adviser();
    }

    void openCase() {
        UI.getCurrent().navigate(CaseView.class, new RouteParameters("caseId", String.valueOf(caseId)));
    }

    String status() {
        return jdbc.queryForObject("SELECT status FROM arrears_case WHERE id = ?", String.class, caseId);
    }

    @Test
    void the_adviser_opens_their_case_logs_a_contact_records_a_deferral_and_creates_a_plan_from_its_preview() {
        openAs(adviser, Role.SOCIAL_ADVISER);
        openCase();
        assertThat(_get(H2.class).getText()).contains("Dossier");
        assertThat(_find(Paragraph.class, spec -> spec.withId("case-denied"))).isEmpty();
        Grid<?> ledgerGrid = _get(Grid.class, spec -> spec.withId("case-ledger"));
        assertThat(_size(ledgerGrid)).isEqualTo(28);
        assertThat(((fr.caleol.socialcell.domain.DebtHistory.Line) com.github.mvysny.kaributesting.v10.GridKt._get(ledgerGrid, 0))
                .balanceAfter()).as("the latest line carries the debt").isEqualByComparingTo("960.00");
        assertThat(((fr.caleol.socialcell.domain.DebtHistory.Line) com.github.mvysny.kaributesting.v10.GridKt._get(ledgerGrid, 2))
                .balanceAfter()).as("before the two unpaid rents").isEqualByComparingTo("0.00");
        assertThat(_get(Paragraph.class, spec -> spec.withId("case-balance")).getText())
                .contains(Euros.format(new BigDecimal("960.00"), UI.getCurrent().getLocale()));
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("case-caf-default")).getText())
                .as("while a plan is expected, what the CAF would impose: 1/36 of the debt per month")
                .contains(Euros.format(new BigDecimal("26.66"), UI.getCurrent().getLocale()));

        _get(TextArea.class, spec -> spec.withId("contact-notes")).setValue("Message laissé");
        _click(_get(Button.class, spec -> spec.withId("socialcell-log-contact")));
        assertThat(_get(UnorderedList.class, spec -> spec.withId("socialcell-contacts")).getElement()
                .getChildCount()).isEqualTo(1);
        assertThat(status()).isEqualTo("CONTACTED");

        _get(BigDecimalField.class, spec -> spec.withId("deferral-amount")).setValue(new BigDecimal("300.00"));
        _get(DatePicker.class, spec -> spec.withId("deferral-date"))
                .setValue(LocalDate.now(LandlordTime.ZONE).plusDays(15));
        _get(Checkbox.class, spec -> spec.withId("deferral-agreed")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("deferral-record")));
        assertThat(_size(_get(Grid.class, spec -> spec.withId("case-deferrals")))).isEqualTo(1);
        assertThat(status()).isEqualTo("SOLUTION_AGREED");

        _click(_get(Button.class, spec -> spec.withId("case-new-plan")));
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("plan-debt")).getValue())
                .as("prefilled with the balance").isEqualByComparingTo("960.00");
        _get(IntegerField.class, spec -> spec.withId("plan-months")).setValue(7);
        assertThat(_size(_get(Grid.class, spec -> spec.withId("plan-preview")))).isEqualTo(7);
        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-preview-total")).getText())
                .contains(Euros.format(new BigDecimal("960.00"), UI.getCurrent().getLocale())).contains("7");
        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-caf-default")).getText())
                .contains(Euros.format(new BigDecimal("26.66"), UI.getCurrent().getLocale()));
        Button save = _get(Button.class, spec -> spec.withId("plan-save"));
        assertThat(save.isEnabled()).as("the tenant's commitment to pay the current rent is required").isFalse();
        _get(Checkbox.class, spec -> spec.withId("plan-commitment")).setValue(true);
        assertThat(save.isEnabled()).isTrue();
        _click(save);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM repayment_plan WHERE case_id = ?", Integer.class,
                caseId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT SUM(i.amount) FROM plan_instalment i JOIN repayment_plan p "
                + "ON p.id = i.plan_id WHERE p.case_id = ?", BigDecimal.class, caseId)).isEqualByComparingTo("960.00");
        assertThat(status()).isEqualTo("PLAN_ACTIVE");
        assertThat(_find(Button.class, spec -> spec.withText(UI.getCurrent().getTranslation(
                "socialcell.plan.renegotiate")))).hasSize(1);
        long plan = jdbc.queryForObject("SELECT id FROM repayment_plan WHERE case_id = ?", Long.class, caseId);
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("plan-pdf-" + plan))
                .getHref()).as("the plan's PDF for signature is offered on its line").isNotBlank();
        assertThat(_find(CaseLettersPanel.class)).as("the case's letters are on its screen").hasSize(1);
    }

    @Test
    void another_adviser_gets_a_clear_message_instead_of_the_case() {
        openAs(TestUsers.unique("cons"), Role.SOCIAL_ADVISER);
        openCase();
        assertThat(_get(Paragraph.class, spec -> spec.withId("case-denied")).getText())
                .isEqualTo(UI.getCurrent().getTranslation("socialcell.case.denied"));
        assertThat(_find(Grid.class, spec -> spec.withId("case-ledger"))).isEmpty();
    }

    @Test
    void the_team_lead_sees_the_litigation_action_that_an_adviser_does_not() {
        openAs(adviser, Role.SOCIAL_ADVISER);
        openCase();
        assertThat(_find(Button.class, spec -> spec.withId("case-litigation"))).isEmpty();
        openAs("responsable", Role.SOCIAL_CELL_LEAD);
        openCase();
        assertThat(_find(Button.class, spec -> spec.withId("case-litigation"))).hasSize(1);
    }

    @Test
    void a_card_number_given_as_the_phone_payment_reference_is_refused_in_french_and_not_stored() {
        openAs(adviser, Role.SOCIAL_ADVISER);
        openCase();
        _click(_get(Button.class, spec -> spec.withId("case-phone-payment")));
        _get(BigDecimalField.class, spec -> spec.withId("phone-amount")).setValue(new BigDecimal("100.00"));
        _get(TextField.class, spec -> spec.withId("phone-reference")).setValue("4970 1012 3456 7890");
        _click(_get(Button.class, spec -> spec.withId("phone-save")));
        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .contains(UI.getCurrent().getTranslation("socialcell.error.cardNumber"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rent_movement m JOIN arrears_case c ON c.lease_id = "
                + "m.lease_id WHERE c.id = ? AND m.means = 'CARD_BY_PHONE'", Integer.class, caseId)).isZero();
    }

    @Test
    void closing_a_case_asks_for_confirmation_then_explains_that_the_account_is_not_paid_off() {
        openAs(adviser, Role.SOCIAL_ADVISER);
        openCase();
        _click(_get(Button.class, spec -> spec.withId("case-resolve")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .contains(UI.getCurrent().getTranslation("socialcell.error.stillInDebt", new BigDecimal("960.00")))
                .anyMatch(text -> text.contains("960,00 €"));
        assertThat(status()).isEqualTo("NEW");
    }

    @Test
    void the_case_screen_shows_a_contact_logged_by_someone_else_without_reloading() {
        openAs(adviser, Role.SOCIAL_ADVISER);
        openCase();
        assertThat(_get(UnorderedList.class, spec -> spec.withId("socialcell-contacts")).getElement()
                .getChildCount()).isZero();
        TestUsers.actAs("responsable", Role.SOCIAL_CELL_LEAD);
        cases.logContact(caseId, ContactKind.INCOMING_CALL, LocalDate.now(LandlordTime.ZONE), "Rappel");
        TestUsers.actAs(adviser, Role.SOCIAL_ADVISER);
        awaitUi(() -> _get(UnorderedList.class, spec -> spec.withId("socialcell-contacts")).getElement()
                .getChildCount() == 1);
        assertThat(_get(UnorderedList.class, spec -> spec.withId("socialcell-contacts")).getElement()
                .getChildCount()).isEqualTo(1);
    }
}
