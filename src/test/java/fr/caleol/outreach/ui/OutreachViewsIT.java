package fr.caleol.outreach.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import fr.caleol.outreach.domain.CallOutcome;
import fr.caleol.outreach.domain.CampaignStatus;
import fr.caleol.outreach.service.CallService;
import fr.caleol.outreach.service.CampaignForm;
import fr.caleol.outreach.service.CampaignSummary;
import fr.caleol.outreach.service.OutreachService;
import fr.caleol.outreach.service.WeeklyCall;
import fr.caleol.security.domain.Role;
import fr.caleol.support.KaribuTest;
import fr.caleol.support.OutreachFixtures;
import fr.caleol.support.TestUsers;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OutreachViewsIT extends KaribuTest {

    @Autowired OutreachService outreach;
    @Autowired fr.caleol.outreach.service.VolunteerService volunteerService;
    @Autowired CallService calls;
    @Autowired OutreachFixtures fixtures;

    LocalDate day;
    long tenant;
    long campaign;

    @BeforeEach
    void aDraftCampaignWithOneTarget() {
        day = OutreachFixtures.uniqueDay();
        tenant = fixtures.household(day, "Aaa-Karibu", day.minusYears(85)).getFirst();
        TestUsers.actAs("coordinatrice", Role.OUTREACH_COORDINATOR);
        campaign = outreach.createCampaign(new CampaignForm("Karibu " + day, day, 8, 70, 75, "Bonjour, ça va ?"));
        volunteerService.enrol(campaign, "benevole3", 10);
        TestUsers.anonymous();
    }

    @AfterEach
    void endIt() {
        TestUsers.actAs("coordinatrice", Role.OUTREACH_COORDINATOR);
        if (outreach.campaign(campaign).status() == CampaignStatus.RUNNING) {
            outreach.end(campaign);
        }
    }

    @SuppressWarnings("unchecked")
    @Test
    void the_coordinator_previews_the_count_then_sees_the_frozen_targets() {
        openAs("coordinatrice", Role.OUTREACH_COORDINATOR);
        UI.getCurrent().navigate(CampaignsView.class);
        Select<CampaignSummary> select = _get(Select.class, spec -> spec.withId("campaign-select"));
        select.setValue(select.getListDataView().getItems().filter(c -> c.id() == campaign).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("preview-targets")));
        assertThat(_get(Span.class, spec -> spec.withId("preview-count")).getText()).isEqualTo("1 locataires ciblés");
        outreach.start(campaign);
        select.setValue(select.getListDataView().getItems().filter(c -> c.id() == campaign).findFirst().orElseThrow());
        Grid<?> targets = _get(Grid.class, spec -> spec.withId("targets"));
        assertThat(_size(targets)).isEqualTo(1);
    }

    @SuppressWarnings("unchecked")
    @Test
    void the_volunteer_logs_a_call_from_the_weekly_list() {
        TestUsers.actAs("coordinatrice", Role.OUTREACH_COORDINATOR);
        outreach.start(campaign);
        openAs("benevole3", Role.VOLUNTEER);
        UI.getCurrent().navigate(MyCallsView.class);
        Grid<WeeklyCall> grid = _get(Grid.class, spec -> spec.withId("my-calls"));
        WeeklyCall row = grid.getListDataView().getItems().filter(w -> w.tenantId() == tenant).findFirst()
                .orElseThrow();
        assertThat(row.phone()).isEqualTo("01 48 00 00 00");
        grid.select(row);
        RadioButtonGroup<CallOutcome> outcome = _get(RadioButtonGroup.class, spec -> spec.withId("call-outcome"));
        outcome.setValue(CallOutcome.REACHED);
        _get(TextArea.class, spec -> spec.withId("call-notes")).setValue("Va bien, besoin de courses");
        _get(Checkbox.class, spec -> spec.withId("call-regular")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("log-call")));
        assertThat(calls.history(campaign, tenant)).singleElement().satisfies(c -> {
            assertThat(c.notes()).isEqualTo("Va bien, besoin de courses");
            assertThat(c.wantsRegularCalls()).isTrue();
        });
    }

    @Test
    void the_dashboard_draws_accessible_charts_with_their_tables_and_lists_urgent_alerts() {
        TestUsers.actAs("coordinatrice", Role.OUTREACH_COORDINATOR);
        outreach.start(campaign);
        TestUsers.actAs("benevole3", Role.VOLUNTEER);
        calls.logCall(new fr.caleol.outreach.service.CallForm(campaign, tenant, CallOutcome.REACHED, null, null,
                false, false, false, false, false, "Chute", false, true));
        openAs("coordinatrice", Role.OUTREACH_COORDINATOR);
        UI.getCurrent().navigate(OutreachDashboardView.class);
        _get(OutreachDashboardView.class).show(campaign);
        assertThat(_find(Html.class)).anySatisfy(html -> assertThat(html.getInnerHtml())
                .contains("role=\"img\"").contains("<title id=\"chart-weeks-title\">"));
        assertThat(_size(_get(Grid.class, spec -> spec.withId("table-weeks")))).isEqualTo(8);
        assertThat(_get(Div.class, spec -> spec.withId("urgent-alerts")).getElement().getTextRecursively())
                .contains("Aaa-Karibu").contains("Chute");
    }

    @SuppressWarnings("unchecked")
    @Test
    void the_coordinator_reads_a_tenants_history_and_moves_them_to_another_volunteer() {
        TestUsers.actAs("coordinatrice", Role.OUTREACH_COORDINATOR);
        volunteerService.enrol(campaign, "benevole5", 10);
        outreach.start(campaign);
        openAs("coordinatrice", Role.OUTREACH_COORDINATOR);
        UI.getCurrent().navigate(CampaignsView.class);
        Select<CampaignSummary> select = _get(Select.class, spec -> spec.withId("campaign-select"));
        select.setValue(select.getListDataView().getItems().filter(c -> c.id() == campaign).findFirst().orElseThrow());
        Grid<fr.caleol.outreach.service.TargetRow> targets = _get(Grid.class, spec -> spec.withId("targets"));
        com.github.mvysny.kaributesting.v10.GridKt._clickItem(targets, 0);
        String other = volunteerService.assignments(campaign).get(tenant).equals("benevole3") ? "benevole5" : "benevole3";
        _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("move-to")).setValue(other);
        _click(_get(Button.class, spec -> spec.withId("move-tenant")));
        assertThat(volunteerService.assignments(campaign)).containsEntry(tenant, other);
        assertThat(volunteerService.assignmentHistory(campaign, tenant)).hasSize(2);
    }

    @Test
    void the_volunteers_home_page_says_how_many_calls_remain_this_week() {
        TestUsers.actAs("coordinatrice", Role.OUTREACH_COORDINATOR);
        outreach.start(campaign);
        openAs("benevole3", Role.VOLUNTEER);
        assertThat(_get(com.vaadin.flow.component.html.Section.class, spec -> spec.withId("my-calls-home"))
                .getElement().getTextRecursively()).contains("cette semaine");
    }

    @Test
    void a_volunteer_cannot_open_the_dashboard_nor_the_campaigns() {
        openAs("benevole3", Role.VOLUNTEER);
        UI.getCurrent().navigate(OutreachDashboardView.class);
        assertThat(_find(OutreachDashboardView.class)).isEmpty();
        UI.getCurrent().navigate(CampaignsView.class);
        assertThat(_find(CampaignsView.class)).isEmpty();
    }
}
