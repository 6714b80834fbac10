package fr.caleol.socialcell.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caleol.base.errors.BusinessException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CaseTransitionsTest {

    static final LocalDate COURT = LocalDate.of(2026, 9, 15);

    @Test
    void agreeing_a_solution_moves_a_new_or_contacted_case_to_solution_agreed() {
        assertThat(CaseTransitions.afterSolutionAgreed(CaseStatus.NEW)).isEqualTo(CaseStatus.SOLUTION_AGREED);
        assertThat(CaseTransitions.afterSolutionAgreed(CaseStatus.CONTACTED)).isEqualTo(CaseStatus.SOLUTION_AGREED);
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = {"SOLUTION_AGREED", "PLAN_ACTIVE", "PLAN_IN_DEFAULT", "RESOLVED",
            "LITIGATION"})
    void agreeing_a_solution_leaves_a_case_further_along_where_it_is(CaseStatus status) {
        assertThat(CaseTransitions.afterSolutionAgreed(status)).isEqualTo(status);
    }

    @Test
    void a_case_paid_off_without_a_live_plan_can_be_closed() {
        assertThatCode(() -> CaseTransitions.requireResolvable(CaseStatus.CONTACTED, BigDecimal.ZERO, false))
                .doesNotThrowAnyException();
        assertThatCode(() -> CaseTransitions.requireResolvable(CaseStatus.LITIGATION, new BigDecimal("-12.00"), false))
                .as("a credit is paid off too").doesNotThrowAnyException();
    }

    @Test
    void a_case_still_in_debt_cannot_be_closed() {
        assertThatThrownBy(() -> CaseTransitions.requireResolvable(CaseStatus.CONTACTED, new BigDecimal("0.01"), false))
                .isInstanceOf(BusinessException.class).hasMessage("socialcell.error.stillInDebt");
    }

    @Test
    void a_case_under_a_live_plan_cannot_be_closed_even_at_zero() {
        assertThatThrownBy(() -> CaseTransitions.requireResolvable(CaseStatus.PLAN_ACTIVE, BigDecimal.ZERO, true))
                .isInstanceOf(BusinessException.class).hasMessage("socialcell.error.livePlan");
    }

    @Test
    void a_closed_case_cannot_be_closed_again() {
        assertThatThrownBy(() -> CaseTransitions.requireResolvable(CaseStatus.RESOLVED, BigDecimal.ZERO, false))
                .isInstanceOf(BusinessException.class).hasMessage("socialcell.error.caseClosed");
    }

    @Test
    void litigation_needs_a_planned_court_action() {
        assertThatThrownBy(() -> CaseTransitions.requireLitigable(CaseStatus.CONTACTED, COURT.minusMonths(3), null))
                .isInstanceOf(BusinessException.class).hasMessage("socialcell.error.noCourtAction");
    }

    @Test
    void litigation_needs_the_ccapex_referred_at_least_two_months_before_the_court_action() {
        assertThatThrownBy(() -> CaseTransitions.requireLitigable(CaseStatus.PLAN_IN_DEFAULT, null, COURT))
                .isInstanceOf(BusinessException.class).hasMessage("socialcell.error.ccapexNotice");
        assertThatThrownBy(() -> CaseTransitions.requireLitigable(CaseStatus.PLAN_IN_DEFAULT,
                COURT.minusMonths(2).plusDays(1), COURT)).isInstanceOf(BusinessException.class);
        assertThatCode(() -> CaseTransitions.requireLitigable(CaseStatus.PLAN_IN_DEFAULT, COURT.minusMonths(2), COURT))
                .as("exactly two months is enough").doesNotThrowAnyException();
    }

    @Test
    void a_closed_or_litigated_case_cannot_be_handed_to_litigation() {
        assertThatThrownBy(() -> CaseTransitions.requireLitigable(CaseStatus.RESOLVED, COURT.minusMonths(3), COURT))
                .isInstanceOf(BusinessException.class).hasMessage("socialcell.error.caseClosed");
        assertThatThrownBy(() -> CaseTransitions.requireLitigable(CaseStatus.LITIGATION, COURT.minusMonths(3), COURT))
                .isInstanceOf(BusinessException.class).hasMessage("socialcell.error.caseClosed");
    }
}
