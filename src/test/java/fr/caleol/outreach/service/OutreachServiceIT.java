package fr.caleol.outreach.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.events.EventBus;
import fr.caleol.outreach.domain.CallOutcome;
import fr.caleol.outreach.domain.ReferralStatus;
import fr.caleol.outreach.domain.TargetingCriteria;
import fr.caleol.security.domain.Role;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.OutreachFixtures;
import fr.caleol.support.TestUsers;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class OutreachServiceIT {

    static final String COORD = "coordinatrice";

    @Autowired OutreachService outreach;
    @Autowired fr.caleol.outreach.service.TargetService targetService;
    @Autowired fr.caleol.outreach.service.VolunteerService volunteerService;
    @Autowired CallService calls;
    @Autowired DashboardService dashboard;
    @Autowired ReferralSheet referralSheet;
    @Autowired OutreachFixtures fixtures;
    @Autowired EventBus bus;
    @Autowired JdbcTemplate jdbc;
    @Autowired fr.caleol.support.Mailbox mailbox;
    @Autowired fr.caleol.security.domain.AppUserRepository users;

    LocalDate day;
    long alone;
    List<Long> couple;
    long campaign;

    @BeforeEach
    void aCampaignWithThreeTargetsAndTwoVolunteers() {
        day = OutreachFixtures.uniqueDay();
        alone = fixtures.household(day, "Seule", day.minusYears(80)).getFirst();
        couple = fixtures.household(day, "Couple", day.minusYears(76), day.minusYears(78));
        fixtures.household(day, "Jeune", day.minusYears(60));
        fixtures.household(day, "Mixte", day.minusYears(80), day.minusYears(72));
        asCoordinator();
        campaign = outreach.createCampaign(new CampaignForm("Test " + day, day, 8, 70, 75, "Script"));
        volunteerService.enrol(campaign, "benevole", 10);
        volunteerService.enrol(campaign, "benevole2", 10);
    }

    @AfterEach
    void endTheCampaignSoThatTheDemoVolunteersListsStayShort() {
        asCoordinator();
        if (outreach.campaign(campaign).status() == fr.caleol.outreach.domain.CampaignStatus.RUNNING) {
            outreach.end(campaign);
        }
        TestUsers.anonymous();
    }

    static void asCoordinator() {
        TestUsers.actAs(COORD, Role.OUTREACH_COORDINATOR);
    }

    long tenantOf(String volunteer) {
        asCoordinator();
        return volunteerService.assignments(campaign).entrySet().stream().filter(e -> e.getValue().equals(volunteer))
                .findFirst().orElseThrow().getKey();
    }

    @Test
    void the_preview_counts_and_the_start_freezes_the_list() {
        assertThat(outreach.previewCount(TargetingCriteria.DEFAULT, day)).isEqualTo(3);
        assertThat(outreach.start(campaign)).isEqualTo(3);
        fixtures.household(day, "Tardive", day.minusYears(90));
        assertThat(targetService.countTargets(campaign, "")).isEqualTo(3);
        assertThat(volunteerService.assignments(campaign).keySet()).containsExactlyInAnyOrder(alone, couple.get(0),
                couple.get(1));
        Map<String, Integer> loads = new java.util.HashMap<>();
        volunteerService.assignments(campaign).values().forEach(v -> loads.merge(v, 1, Integer::sum));
        assertThat(loads.values()).containsExactlyInAnyOrder(2, 1);
    }

    @Test
    void a_second_coordinator_saving_a_stale_campaign_overwrites_nothing() {
        long version = outreach.campaign(campaign).version();
        outreach.updateCampaign(campaign, version, new CampaignForm("Première", day, 8, 70, 75, "Script A"));
        assertThatThrownBy(() -> outreach.updateCampaign(campaign, version,
                new CampaignForm("Seconde", day, 8, 70, 75, "Script B")))
                .isInstanceOf(BusinessException.class).hasMessage("error.staleData");
        assertThat(outreach.campaign(campaign).script()).isEqualTo("Script A");
    }

    @Test
    void a_volunteer_reads_and_calls_only_their_own_tenants() {
        outreach.start(campaign);
        long mine = tenantOf("benevole");
        long theirs = tenantOf("benevole2");
        TestUsers.actAs("benevole", Role.VOLUNTEER);
        calls.logCall(new CallForm(campaign, mine, CallOutcome.REACHED, "fatigue", "bon", true, false, false, false,
                false, "Besoin de courses", true, false));
        assertThat(calls.myWeek()).extracting(WeeklyCall::tenantId).contains(mine).doesNotContain(theirs);
        assertThatThrownBy(() -> calls.history(campaign, theirs)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calls.logCall(CallForm.attempt(campaign, theirs, CallOutcome.NO_ANSWER)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> volunteerService.assignments(campaign)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboard.figures(campaign)).isInstanceOf(AccessDeniedException.class);

        TestUsers.actAs("benevole2", Role.VOLUNTEER);
        assertThatThrownBy(() -> calls.history(campaign, mine)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void health_notes_are_shown_to_the_volunteer_and_the_coordinator_and_to_no_adviser_without_a_case_on_the_tenant() {
        outreach.start(campaign);
        long mine = tenantOf("benevole");
        TestUsers.actAs("benevole", Role.VOLUNTEER);
        calls.logCall(new CallForm(campaign, mine, CallOutcome.REACHED, "chute récente", null, false, true, false,
                false, false, "Santé fragile", false, false));
        assertThat(calls.history(campaign, mine)).singleElement().extracting(CallEntry::notes)
                .isEqualTo("Santé fragile");
        asCoordinator();
        assertThat(calls.history(campaign, mine)).singleElement().extracting(CallEntry::health)
                .isEqualTo("chute récente");
        // (the adviser of an arrears case on the tenant's lease reads them: ObjectChecksIT)
        TestUsers.actAs(TestUsers.unique("conseiller"), Role.SOCIAL_ADVISER);
        assertThatThrownBy(() -> calls.history(campaign, mine)).isInstanceOf(AccessDeniedException.class);
        for (Role role : List.of(Role.ADMIN, Role.SECRETARY, Role.COMMITTEE_MEMBER)) {
            TestUsers.actAs("someone", role);
            assertThatThrownBy(() -> calls.history(campaign, mine)).as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_new_volunteer_after_a_move_does_not_read_the_previous_volunteers_notes() {
        outreach.start(campaign);
        long tenant = tenantOf("benevole");
        TestUsers.actAs("benevole", Role.VOLUNTEER);
        calls.logCall(new CallForm(campaign, tenant, CallOutcome.REACHED, null, null, false, false, true, false,
                false, "Notes de benevole", false, false));
        asCoordinator();
        volunteerService.move(campaign, tenant, "benevole2");
        TestUsers.actAs("benevole2", Role.VOLUNTEER);
        assertThat(calls.history(campaign, tenant)).isEmpty();
        TestUsers.actAs("benevole", Role.VOLUNTEER);
        assertThatThrownBy(() -> calls.history(campaign, tenant)).isInstanceOf(AccessDeniedException.class);
        asCoordinator();
        assertThat(calls.history(campaign, tenant)).hasSize(1);
        assertThat(volunteerService.assignmentHistory(campaign, tenant)).extracting(VolunteerService.AssignmentPeriod::username)
                .containsExactly("benevole", "benevole2");
    }

    @Test
    void every_read_of_a_call_history_is_audited() {
        outreach.start(campaign);
        long tenant = tenantOf("benevole");
        int before = auditedReads(tenant);
        TestUsers.actAs("benevole", Role.VOLUNTEER);
        calls.history(campaign, tenant);
        asCoordinator();
        calls.history(campaign, tenant);
        assertThat(auditedReads(tenant)).isEqualTo(before + 2);
    }

    int auditedReads(long tenant) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'CALL_HISTORY_READ' "
                + "AND object_type = 'tenant' AND object_id = ?", Integer.class, String.valueOf(tenant));
    }

    @Test
    void several_attempts_a_week_and_an_urgent_call_alerts_the_coordinator_at_once() {
        outreach.start(campaign);
        long tenant = tenantOf("benevole");
        List<UrgentCallEvent> received = new CopyOnWriteArrayList<>();
        try (EventBus.Registration registration = bus.subscribe(UrgentCallEvent.class, received::add)) {
            TestUsers.actAs("benevole", Role.VOLUNTEER);
            calls.logCall(CallForm.attempt(campaign, tenant, CallOutcome.NO_ANSWER));
            long urgent = calls.logCall(new CallForm(campaign, tenant, CallOutcome.REACHED, "malaise", null, false,
                    false, false, false, false, "Ne peut plus se lever", false, true));
            assertThat(calls.myWeek()).filteredOn(w -> w.tenantId() == tenant).singleElement()
                    .extracting(WeeklyCall::attemptsThisWeek).isEqualTo(2);
            assertThat(received).extracting(UrgentCallEvent::callId).containsExactly(urgent);
            asCoordinator();
            assertThat(calls.openUrgentAlerts(campaign)).extracting(CallService.UrgentAlert::callId)
                    .containsExactly(urgent);
            assertThat(dashboard.figures(campaign).urgentOpen()).isEqualTo(1);
            calls.closeUrgent(urgent);
            assertThat(calls.openUrgentAlerts(campaign)).isEmpty();
        }
    }

    @Test
    void an_urgent_call_is_mailed_to_the_coordinators_who_keep_alerts_on_without_the_tenants_name() {
        fr.caleol.security.domain.AppUser quiet = new fr.caleol.security.domain.AppUser(TestUsers.unique("coord"),
                "Coordinatrice discrète", "{noop}unused", java.util.Set.of(Role.OUTREACH_COORDINATOR));
        quiet.setEmail(quiet.getUsername() + "@caleol.test");
        quiet.setMailAlerts(false);
        users.save(quiet);
        outreach.start(campaign);
        long tenant = tenantOf("benevole");
        TestUsers.actAs("benevole", Role.VOLUNTEER);
        calls.logCall(new CallForm(campaign, tenant, CallOutcome.REACHED, "malaise", null, false, false, false, false,
                false, "Ne peut plus se lever", false, true));

        fr.caleol.mail.service.ReadMail mail = mailbox.await("coordinatrice@caleol.example", 1,
                m -> m.subject().contains("Test " + day)).getFirst();
        assertThat(mail.subject()).startsWith("Appel urgent");
        assertThat(mail.text()).contains("/appels/tableau-de-bord").doesNotContain("Seule")
                .doesNotContain("Ne peut plus se lever");
        assertThat(mailbox.settled(quiet.getEmail())).as("alerts turned off").isEmpty();
    }

    @Test
    void a_referral_needs_the_tenants_consent_and_tracks_its_outcome() {
        outreach.start(campaign);
        long tenant = tenantOf("benevole");
        TestUsers.actAs("benevole", Role.VOLUNTEER);
        assertThatThrownBy(() -> calls.refer(campaign, tenant, false, "Aide à domicile"))
                .isInstanceOf(BusinessException.class).hasMessage("outreach.error.noConsent");
        long referral = calls.refer(campaign, tenant, true, "Aide à domicile");
        asCoordinator();
        long version = calls.referrals(campaign).getFirst().version();
        calls.updateReferral(referral, version, ReferralStatus.TAKEN_IN_CHARGE, "Visite du CCAS prévue");
        assertThat(calls.referrals(campaign)).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(ReferralStatus.TAKEN_IN_CHARGE);
            assertThat(r.outcome()).isEqualTo("Visite du CCAS prévue");
        });
        assertThatThrownBy(() -> calls.updateReferral(referral, version, ReferralStatus.CLOSED, "Écrasé ?"))
                .as("a second coordinator saving from the same displayed version").isInstanceOf(BusinessException.class)
                .hasMessage("error.staleData");
        assertThat(calls.referrals(campaign).getFirst().outcome()).isEqualTo("Visite du CCAS prévue");
        byte[] pdf = referralSheet.pdf(referral);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains("Fiche d’orientation vers le CCAS").contains("Aide à domicile")
                    .contains("Prise en charge").contains("Prénom");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        TestUsers.actAs("benevole", Role.VOLUNTEER);
        assertThatThrownBy(() -> referralSheet.pdf(referral)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_tenant_who_refuses_is_marked_do_not_call_and_never_targeted_again() {
        outreach.start(campaign);
        TestUsers.actAs("benevole", Role.VOLUNTEER);
        long tenant = tenantOf("benevole");
        TestUsers.actAs("benevole", Role.VOLUNTEER);
        targetService.markDoNotCall(tenant, "Ne souhaite pas être appelé");
        assertThat(calls.myWeek()).extracting(WeeklyCall::tenantId).doesNotContain(tenant);
        asCoordinator();
        assertThat(outreach.computeTargets(TargetingCriteria.DEFAULT, day)).doesNotContain(tenant).hasSize(2);
        assertThatThrownBy(() -> targetService.addTarget(campaign, fixtures.reference(tenant), "Demande du gardien"))
                .isInstanceOf(BusinessException.class).hasMessage("outreach.error.doNotCall");
    }

    @Test
    void a_volunteer_leaving_moves_only_their_tenants_and_the_history_stays() {
        outreach.start(campaign);
        Map<Long, String> before = volunteerService.assignments(campaign);
        long moved = tenantOf("benevole2");
        volunteerService.leave(campaign, "benevole2");
        Map<Long, String> after = volunteerService.assignments(campaign);
        before.forEach((tenant, volunteer) -> {
            if (volunteer.equals("benevole")) {
                assertThat(after.get(tenant)).isEqualTo("benevole");
            }
        });
        assertThat(after.values()).containsOnly("benevole");
        assertThat(volunteerService.assignmentHistory(campaign, moved)).extracting(VolunteerService.AssignmentPeriod::username)
                .containsExactly("benevole2", "benevole");
    }

    @Test
    void at_the_end_those_who_want_regular_calls_move_to_follow_up_with_the_same_volunteer() {
        outreach.start(campaign);
        long tenant = tenantOf("benevole");
        long other = tenantOf("benevole2");
        TestUsers.actAs("benevole", Role.VOLUNTEER);
        calls.logCall(new CallForm(campaign, tenant, CallOutcome.REACHED, null, null, false, false, true, false,
                false, null, true, false));
        TestUsers.actAs("benevole2", Role.VOLUNTEER);
        calls.logCall(new CallForm(campaign, other, CallOutcome.REACHED, null, null, false, false, false, false,
                false, null, false, false));
        asCoordinator();
        DashboardFigures figures = dashboard.figures(campaign);
        assertThat(figures.targeted()).isEqualTo(3);
        assertThat(figures.reached()).isEqualTo(2);
        assertThat(figures.wantsRegular()).isEqualTo(1);
        assertThat(figures.perWeek().get(7).planned()).isEqualTo(3);
        assertThat(outreach.end(campaign)).isEqualTo(1);
        assertThat(outreach.followUp()).containsEntry(tenant, "benevole").doesNotContainKey(other);
        long followUp = outreach.startFollowUp(new CampaignForm("Suivi " + day, day, 52, 70, 75, "Script"));
        try {
            assertThat(volunteerService.assignments(followUp)).containsEntry(tenant, "benevole").doesNotContainKey(other);
        } finally {
            outreach.end(followUp);
        }
        assertThat(new String(dashboard.callLogCsv(campaign), java.nio.charset.StandardCharsets.UTF_8))
                .contains("REACHED");
    }
}
