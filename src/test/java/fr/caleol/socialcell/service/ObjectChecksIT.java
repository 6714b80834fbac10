package fr.caleol.socialcell.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caleol.base.errors.BusinessException;
import fr.caleol.outreach.service.CallService;
import fr.caleol.security.domain.Role;
import fr.caleol.support.ArrearsFixtures;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.OutreachFixtures;
import fr.caleol.support.TestUsers;
import fr.caleol.tenancy.domain.Movement;
import fr.caleol.tenancy.domain.PaymentMeans;
import fr.caleol.tenancy.service.RentLedgerService;
import fr.caleol.tenancy.service.TenancyService;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Behind every screen, each service checks the object as well as the role (defence in depth). */
@IntegrationTest
class ObjectChecksIT {

    @Autowired ArrearsFixtures arrears;
    @Autowired OutreachFixtures households;
    @Autowired RentLedgerService ledger;
    @Autowired ArrearsCaseService cases;
    @Autowired TenancyService tenancy;
    @Autowired CallService calls;

    @AfterEach
    void nobody() {
        TestUsers.anonymous();
    }

    @Test
    void an_adviser_reads_and_writes_the_ledger_of_his_cases_only() {
        ArrearsFixtures.ArrearsCase mine = arrears.assignedCase("Mien", 13, 1);
        ArrearsFixtures.ArrearsCase theirs = arrears.assignedCase("Autre", 13, 1);
        TestUsers.actAs(mine.adviser(), Role.SOCIAL_ADVISER);
        assertThat(ledger.movements(mine.leaseId())).isNotEmpty();
        assertThatThrownBy(() -> ledger.movements(theirs.leaseId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ledger.terms(theirs.leaseId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ledger.record(theirs.leaseId(), Movement.payment(theirs.firstUnpaid(),
                new BigDecimal("480.00"), PaymentMeans.CHEQUE), null, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ledger.recordPhonePayment(theirs.leaseId(), theirs.firstUnpaid(),
                new BigDecimal("480.00"), "PAYBOX-X")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ledger.movementsOf(List.of(mine.leaseId(), theirs.leaseId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_case_goes_only_to_an_active_social_adviser() {
        ArrearsFixtures.ArrearsCase c = arrears.assignedCase("Affecte", 13, 1);
        TestUsers.actAs("responsable", Role.SOCIAL_CELL_LEAD);
        assertThatThrownBy(() -> cases.assign(c.caseId(), TestUsers.unique("personne")))
                .isInstanceOf(BusinessException.class).hasMessage("socialcell.error.adviser");
        assertThatThrownBy(() -> cases.assign(c.caseId(), "benevole"))
                .isInstanceOf(BusinessException.class).hasMessage("socialcell.error.adviser");
        String next = arrears.newAdviser("cons");
        cases.assign(c.caseId(), next);
        assertThat(cases.detail(c.caseId()).summary().adviser()).isEqualTo(next);
    }

    @Test
    void a_volunteer_gets_no_contact_details_of_a_tenant_not_paired_with_him() {
        long tenant = households.household(OutreachFixtures.uniqueDay(), "Contact",
                OutreachFixtures.uniqueDay().minusYears(80)).getFirst();
        TestUsers.actAs(TestUsers.unique("benevole"), Role.VOLUNTEER);
        assertThatThrownBy(() -> tenancy.contacts(List.of(tenant))).isInstanceOf(AccessDeniedException.class);
        TestUsers.actAs("coordinatrice", Role.OUTREACH_COORDINATOR);
        assertThat(tenancy.contacts(List.of(tenant))).containsKey(tenant);
    }

    @Test
    void an_adviser_reads_no_call_notes_of_a_tenant_outside_his_cases() {
        ArrearsFixtures.ArrearsCase theirs = arrears.assignedCase("Notes", 13, 1);
        long tenant = households.tenantOf(theirs.leaseId());
        TestUsers.actAs(arrears.newAdviser("cons"), Role.SOCIAL_ADVISER);
        assertThatThrownBy(() -> calls.history(1L, tenant)).isInstanceOf(AccessDeniedException.class);
        TestUsers.actAs(theirs.adviser(), Role.SOCIAL_ADVISER);
        assertThat(calls.history(1L, tenant)).isEmpty();
    }
}
