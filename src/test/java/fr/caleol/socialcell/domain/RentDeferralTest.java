package fr.caleol.socialcell.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caleol.base.errors.BusinessException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RentDeferralTest {

    static final LocalDate TODAY = LocalDate.of(2026, 4, 10);
    static final BigDecimal DEBT = new BigDecimal("960.00");

    @Test
    void a_deferral_up_to_the_whole_debt_to_a_later_date_is_valid() {
        assertThatCode(() -> RentDeferral.validate(new BigDecimal("480.00"), DEBT, TODAY.plusDays(1), TODAY, "Juin"))
                .doesNotThrowAnyException();
        assertThatCode(() -> RentDeferral.validate(DEBT, DEBT, TODAY.plusMonths(2), TODAY, null))
                .doesNotThrowAnyException();
    }

    @Test
    void a_deferral_cannot_exceed_the_current_debt() {
        assertThatThrownBy(() -> RentDeferral.validate(new BigDecimal("960.01"), DEBT, TODAY.plusDays(5), TODAY, null))
                .isInstanceOf(BusinessException.class).hasMessage("socialcell.error.deferralAmount");
    }

    @Test
    void a_deferral_needs_a_positive_amount_and_a_debt() {
        assertThatThrownBy(() -> RentDeferral.validate(BigDecimal.ZERO, DEBT, TODAY.plusDays(5), TODAY, null))
                .isInstanceOf(BusinessException.class).hasMessage("socialcell.error.deferralAmount");
        assertThatThrownBy(() -> RentDeferral.validate(null, DEBT, TODAY.plusDays(5), TODAY, null))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> RentDeferral.validate(BigDecimal.TEN, new BigDecimal("-20"), TODAY.plusDays(5),
                TODAY, null)).as("a tenant in credit owes nothing to defer").isInstanceOf(BusinessException.class);
    }

    @Test
    void a_deferral_amount_has_at_most_cents() {
        assertThatThrownBy(() -> RentDeferral.validate(new BigDecimal("10.005"), DEBT, TODAY.plusDays(5), TODAY, null))
                .isInstanceOf(BusinessException.class).hasMessage("socialcell.error.cents");
    }

    @Test
    void the_new_date_must_be_after_today() {
        assertThatThrownBy(() -> RentDeferral.validate(BigDecimal.TEN, DEBT, TODAY, TODAY, null))
                .isInstanceOf(BusinessException.class).hasMessage("socialcell.error.deferralDate");
        assertThatThrownBy(() -> RentDeferral.validate(BigDecimal.TEN, DEBT, TODAY.minusDays(1), TODAY, null))
                .isInstanceOf(BusinessException.class).hasMessage("socialcell.error.deferralDate");
        assertThatThrownBy(() -> RentDeferral.validate(BigDecimal.TEN, DEBT, null, TODAY, null))
                .isInstanceOf(BusinessException.class).hasMessage("socialcell.error.deferralDate");
    }

    @Test
    void a_deferral_is_proposed_then_agreed_then_honoured_or_broken() {
        assertThat(DeferralStatus.PROPOSED.canBecome(DeferralStatus.AGREED)).isTrue();
        assertThat(DeferralStatus.PROPOSED.canBecome(DeferralStatus.BROKEN)).isTrue();
        assertThat(DeferralStatus.PROPOSED.canBecome(DeferralStatus.HONOURED)).isFalse();
        assertThat(DeferralStatus.AGREED.canBecome(DeferralStatus.HONOURED)).isTrue();
        assertThat(DeferralStatus.AGREED.canBecome(DeferralStatus.BROKEN)).isTrue();
        assertThat(DeferralStatus.AGREED.canBecome(DeferralStatus.PROPOSED)).isFalse();
        for (DeferralStatus next : DeferralStatus.values()) {
            assertThat(DeferralStatus.HONOURED.canBecome(next)).isFalse();
            assertThat(DeferralStatus.BROKEN.canBecome(next)).isFalse();
        }
    }
}
