package fr.caleol.socialcell.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.security.domain.Role;
import fr.caleol.socialcell.domain.CaseStatus;
import fr.caleol.socialcell.domain.DeferralStatus;
import fr.caleol.socialcell.domain.PaperworkItem;
import fr.caleol.socialcell.domain.ReferralStatus;
import fr.caleol.socialcell.domain.ReferralTarget;
import fr.caleol.support.ArrearsFixtures;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.TestUsers;
import fr.caleol.tenancy.service.RentLedgerService;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class SolutionServiceIT {

    static final BigDecimal RENT = ArrearsFixtures.RENT;
    static final LocalDate TODAY = LocalDate.now(LandlordTime.ZONE);

    @Autowired ArrearsCaseService cases;
    @Autowired SolutionService solutions;
    @Autowired CaseLifecycleService lifecycle;
    @Autowired PlanService plans;
    @Autowired RentLedgerService ledger;
    @Autowired LedgerUpdates updates;
    @Autowired ArrearsFixtures arrears;
    @Autowired JdbcTemplate jdbc;

    long lease;
    long caseId;
    LocalDate firstUnpaid;
    String adviser;

    /** A lease that paid for fourteen months then missed one rent: a case opened and assigned to a fresh adviser. */
    @BeforeEach
    void aCaseInDebtOfOneRentAssignedToItsAdviser() {
        ArrearsFixtures.ArrearsCase c = arrears.assignedCase("Solution", 14, 1);
        lease = c.leaseId();
        caseId = c.caseId();
        firstUnpaid = c.firstUnpaid();
        adviser = c.adviser();
    }

    @AfterEach
    void nobody() {
        TestUsers.anonymous();
    }

    CaseStatus status() {
        return CaseStatus.valueOf(jdbc.queryForObject("SELECT status FROM arrears_case WHERE id = ?", String.class,
                caseId));
    }

    int audited(String action) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = ? AND object_id = ?",
                Integer.class, action, String.valueOf(caseId));
    }

    @Test
    void a_deferral_is_at_most_the_current_debt_to_a_later_date_and_agreeing_it_agrees_a_solution() {
        TestUsers.actAs(adviser, Role.SOCIAL_ADVISER);
        assertThatThrownBy(() -> solutions.recordDeferral(caseId, new BigDecimal("480.01"), TODAY.plusDays(20), null,
                true)).isInstanceOf(BusinessException.class).hasMessage("socialcell.error.deferralAmount");
        assertThatThrownBy(() -> solutions.recordDeferral(caseId, RENT, TODAY, null, true))
                .isInstanceOf(BusinessException.class).hasMessage("socialcell.error.deferralDate");
        assertThat(solutions.solutions(caseId).deferrals()).as("nothing half written").isEmpty();
        assertThat(status()).isEqualTo(CaseStatus.NEW);

        long proposed = solutions.recordDeferral(caseId, new BigDecimal("200.00"), TODAY.plusDays(20), "Fin de mois",
                false);
        assertThat(status()).as("only proposed").isEqualTo(CaseStatus.NEW);
        Solutions.Deferral d = solutions.solutions(caseId).deferrals().getFirst();
        assertThat(d.id()).isEqualTo(proposed);
        assertThat(d.status()).isEqualTo(DeferralStatus.PROPOSED);
        assertThat(d.agreedOn()).isNull();

        assertThatThrownBy(() -> solutions.updateDeferral(proposed, d.version(), DeferralStatus.HONOURED))
                .isInstanceOf(BusinessException.class).hasMessage("socialcell.error.deferralStatus");
        solutions.updateDeferral(proposed, d.version(), DeferralStatus.AGREED);
        assertThat(status()).isEqualTo(CaseStatus.SOLUTION_AGREED);
        assertThat(solutions.solutions(caseId).deferrals().getFirst().agreedOn()).isEqualTo(TODAY);
        assertThatThrownBy(() -> solutions.updateDeferral(proposed, d.version(), DeferralStatus.HONOURED))
                .as("stale version").isInstanceOf(BusinessException.class).hasMessage("error.staleData");
        assertThat(audited("ARREARS_DEFERRAL_RECORDED")).isEqualTo(1);
        assertThat(audited("ARREARS_DEFERRAL_UPDATED")).isEqualTo(1);
    }

    @Test
    void the_paperwork_checklist_lists_the_standard_items_and_ticks_and_unticks_them() {
        TestUsers.actAs(adviser, Role.SOCIAL_ADVISER);
        assertThat(solutions.solutions(caseId).paperwork()).extracting(Solutions.Paperwork::item)
                .containsExactlyElementsOf(PaperworkItem.standard());
        assertThat(solutions.solutions(caseId).paperwork()).noneMatch(Solutions.Paperwork::done);

        solutions.setPaperwork(caseId, PaperworkItem.FSL_APPLICATION, null, TODAY);
        assertThat(solutions.solutions(caseId).paperwork()).filteredOn(Solutions.Paperwork::done)
                .extracting(Solutions.Paperwork::item, Solutions.Paperwork::doneOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PaperworkItem.FSL_APPLICATION, TODAY));
        solutions.setPaperwork(caseId, PaperworkItem.FSL_APPLICATION, null, null);
        assertThat(solutions.solutions(caseId).paperwork()).noneMatch(Solutions.Paperwork::done);

        assertThatThrownBy(() -> solutions.setPaperwork(caseId, PaperworkItem.OTHER, "  ", null))
                .isInstanceOf(BusinessException.class).hasMessage("socialcell.error.paperworkLabel");
        assertThatThrownBy(() -> solutions.setPaperwork(caseId, PaperworkItem.RESOURCES_PROOF, null,
                TODAY.plusDays(1))).isInstanceOf(BusinessException.class).hasMessage("socialcell.error.futureDate");
        solutions.setPaperwork(caseId, PaperworkItem.OTHER, "Attestation employeur", null);
        solutions.setPaperwork(caseId, PaperworkItem.OTHER, "Attestation employeur", TODAY);
        assertThat(solutions.solutions(caseId).paperwork()).hasSize(6).last()
                .extracting(Solutions.Paperwork::label, Solutions.Paperwork::doneOn)
                .containsExactly("Attestation employeur", TODAY);
        assertThat(audited("ARREARS_PAPERWORK_UPDATED")).isEqualTo(4);
    }

    @Test
    void a_referral_update_on_a_stale_version_is_refused_and_an_accepted_referral_agrees_a_solution() {
        TestUsers.actAs(adviser, Role.SOCIAL_ADVISER);
        cases.logContact(caseId, fr.caleol.socialcell.domain.ContactKind.OUTGOING_CALL, TODAY, null);
        assertThatThrownBy(() -> solutions.refer(caseId, ReferralTarget.FSL, " ", TODAY))
                .isInstanceOf(BusinessException.class).hasMessage("socialcell.error.referralOrganisation");
        long fsl = solutions.refer(caseId, ReferralTarget.FSL, "FSL de Seine-Saint-Denis", TODAY.minusDays(3));
        long social = solutions.refer(caseId, ReferralTarget.SOCIAL_SERVICES, "CCAS de Montreuil", TODAY);
        Solutions.Referral shown = solutions.solutions(caseId).referrals().stream().filter(r -> r.id() == fsl)
                .findFirst().orElseThrow();
        assertThat(shown.status()).isEqualTo(ReferralStatus.SENT);

        // two advisers opened the same referral: the first to save wins, the second is told to reload
        solutions.updateReferral(fsl, shown.version(), ReferralStatus.IN_PROGRESS, "Dossier complet", null);
        assertThatThrownBy(() -> solutions.updateReferral(fsl, shown.version(), ReferralStatus.REFUSED, "Refus",
                null)).isInstanceOf(BusinessException.class).hasMessage("error.staleData");
        Solutions.Referral fresh = solutions.solutions(caseId).referrals().stream().filter(r -> r.id() == fsl)
                .findFirst().orElseThrow();
        assertThat(fresh.status()).isEqualTo(ReferralStatus.IN_PROGRESS);
        assertThat(fresh.outcome()).isEqualTo("Dossier complet");
        assertThat(status()).isEqualTo(CaseStatus.CONTACTED);

        solutions.updateReferral(fsl, fresh.version(), ReferralStatus.ACCEPTED, "Aide accordée",
                new BigDecimal("350.00"));
        assertThat(status()).isEqualTo(CaseStatus.SOLUTION_AGREED);
        assertThat(solutions.solutions(caseId).referrals()).filteredOn(r -> r.id() == fsl).first()
                .extracting(Solutions.Referral::amountGranted).satisfies(a -> assertThat((BigDecimal) a)
                        .isEqualByComparingTo("350.00"));
        long socialVersion = solutions.solutions(caseId).referrals().stream().filter(r -> r.id() == social)
                .findFirst().orElseThrow().version();
        assertThatThrownBy(() -> solutions.updateReferral(social, socialVersion, ReferralStatus.ACCEPTED, null,
                new BigDecimal("100.00"))).as("an amount granted is for the FSL only")
                .isInstanceOf(BusinessException.class).hasMessage("socialcell.error.amountGranted");
        assertThat(audited("ARREARS_REFERRAL_CREATED")).isEqualTo(2);
        assertThat(audited("ARREARS_REFERRAL_UPDATED")).isEqualTo(2);
    }

    @Test
    void a_case_is_closed_only_once_paid_off_without_a_live_plan_and_on_the_version_displayed() {
        TestUsers.actAs(adviser, Role.SOCIAL_ADVISER);
        long shown = lifecycle.version(caseId);
        assertThatThrownBy(() -> lifecycle.resolve(caseId, shown)).isInstanceOf(BusinessException.class)
                .hasMessage("socialcell.error.stillInDebt");
        long plan = plans.createWithMonthlyAmount(caseId, RENT, TODAY.plusMonths(1), new BigDecimal("200.00"), TODAY);
        assertThat(plans.plan(plan).instalments()).extracting(i -> i.amount().toPlainString())
                .containsExactly("200.00", "200.00", "80.00");
        updates.recordPhonePayment(caseId, TODAY, new BigDecimal("200.00"), "PAYBOX-" + caseId);
        assertThat(plans.plan(plan).status()).isEqualTo(fr.caleol.socialcell.domain.PlanStatus.ACTIVE);
        long afterPlan = lifecycle.version(caseId);
        assertThatThrownBy(() -> lifecycle.resolve(caseId, afterPlan)).isInstanceOf(BusinessException.class)
                .hasMessage("socialcell.error.stillInDebt");
        updates.recordPhonePayment(caseId, TODAY, new BigDecimal("280.00"), "PAYBOX-2-" + caseId);
        assertThat(ledger.balance(lease, TODAY)).isEqualByComparingTo("0");
        assertThat(plans.plan(plan).status()).as("paid off from the ledger").isEqualTo(
                fr.caleol.socialcell.domain.PlanStatus.COMPLETED);

        assertThatThrownBy(() -> lifecycle.resolve(caseId, shown)).as("the case changed since it was displayed")
                .isInstanceOf(BusinessException.class).hasMessage("error.staleData");
        lifecycle.resolve(caseId, lifecycle.version(caseId));
        assertThat(status()).isEqualTo(CaseStatus.RESOLVED);
        assertThat(jdbc.queryForObject("SELECT closed_on FROM arrears_case WHERE id = ?", LocalDate.class, caseId))
                .isEqualTo(TODAY);
        assertThat(cases.myCases()).extracting(CaseSummary::id).doesNotContain(caseId);
        assertThat(audited("ARREARS_CASE_RESOLVED")).isEqualTo(1);
    }

    @Test
    void only_the_team_lead_hands_a_case_to_litigation_and_only_after_the_ccapex_two_months_before() {
        LocalDate court = TODAY.plusMonths(4);
        TestUsers.actAs(adviser, Role.SOCIAL_ADVISER);
        cases.recordStep(caseId, ArrearsCaseService.LegalStep.CCAPEX_REFERRED, court.minusMonths(2));
        long v = lifecycle.version(caseId);
        assertThatThrownBy(() -> lifecycle.handToLitigation(caseId, v)).isInstanceOf(AccessDeniedException.class);

        TestUsers.actAs("responsable", Role.SOCIAL_CELL_LEAD);
        assertThatThrownBy(() -> lifecycle.handToLitigation(caseId, lifecycle.version(caseId)))
                .isInstanceOf(BusinessException.class).hasMessage("socialcell.error.noCourtAction");
        cases.recordStep(caseId, ArrearsCaseService.LegalStep.COURT_ACTION_PLANNED, court.minusDays(1));
        assertThatThrownBy(() -> lifecycle.handToLitigation(caseId, lifecycle.version(caseId)))
                .as("referred less than 2 months before").isInstanceOf(BusinessException.class)
                .hasMessage("socialcell.error.ccapexNotice");
        assertThat(status()).isEqualTo(CaseStatus.NEW);
        cases.recordStep(caseId, ArrearsCaseService.LegalStep.COURT_ACTION_PLANNED, court);
        lifecycle.handToLitigation(caseId, lifecycle.version(caseId));
        assertThat(status()).isEqualTo(CaseStatus.LITIGATION);
        assertThat(audited("ARREARS_CASE_LITIGATION")).isEqualTo(1);
    }

    @Test
    void another_adviser_and_other_roles_reach_none_of_the_solutions() {
        TestUsers.actAs(adviser, Role.SOCIAL_ADVISER);
        long referral = solutions.refer(caseId, ReferralTarget.SOCIAL_SERVICES, "Service social départemental",
                TODAY);
        long deferral = solutions.recordDeferral(caseId, BigDecimal.TEN, TODAY.plusDays(3), null, false);

        TestUsers.actAs(TestUsers.unique("cons"), Role.SOCIAL_ADVISER);
        assertDenied();
        assertThatThrownBy(() -> solutions.updateReferral(referral, 0, ReferralStatus.CLOSED, null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> solutions.updateDeferral(deferral, 0, DeferralStatus.AGREED))
                .isInstanceOf(AccessDeniedException.class);
        for (Role role : new Role[] {Role.SECRETARY, Role.OUTREACH_COORDINATOR, Role.VOLUNTEER}) {
            TestUsers.actAs("autre-" + role, role);
            assertDenied();
        }
        TestUsers.actAs("responsable", Role.SOCIAL_CELL_LEAD);
        assertThat(solutions.solutions(caseId).referrals()).hasSize(1);
        assertThat(solutions.solutions(caseId).deferrals()).hasSize(1);
    }

    private void assertDenied() {
        assertThatThrownBy(() -> solutions.solutions(caseId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> solutions.recordDeferral(caseId, BigDecimal.TEN, TODAY.plusDays(3), null, true))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> solutions.setPaperwork(caseId, PaperworkItem.FSL_APPLICATION, null, TODAY))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> solutions.refer(caseId, ReferralTarget.FSL, "FSL", TODAY))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> updates.recordPhonePayment(caseId, TODAY, BigDecimal.TEN, "REF-1"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lifecycle.version(caseId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lifecycle.resolve(caseId, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lifecycle.handToLitigation(caseId, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.createWithMonthlyAmount(caseId, RENT, TODAY, BigDecimal.TEN, TODAY))
                .isInstanceOf(AccessDeniedException.class);
    }
}
