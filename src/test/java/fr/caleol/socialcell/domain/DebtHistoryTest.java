package fr.caleol.socialcell.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caleol.tenancy.domain.Movement;
import fr.caleol.tenancy.domain.PaymentMeans;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DebtHistoryTest {

    @Test
    void each_movement_carries_the_balance_once_it_is_booked() {
        List<Movement> movements = List.of(Movement.rentCall(LocalDate.of(2026, 3, 1), new BigDecimal("500.00")),
                Movement.housingAid(LocalDate.of(2026, 3, 5), new BigDecimal("200.00")),
                Movement.payment(LocalDate.of(2026, 3, 20), new BigDecimal("250.00"), PaymentMeans.TRANSFER));

        List<DebtHistory.Line> lines = DebtHistory.of(movements);

        assertThat(lines).extracting(DebtHistory.Line::balanceAfter).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("500"), new BigDecimal("300"), new BigDecimal("50"));
        assertThat(lines).extracting(DebtHistory.Line::movement).containsExactlyElementsOf(movements);
    }

    @Test
    void an_empty_account_has_no_line() {
        assertThat(DebtHistory.of(List.of())).isEmpty();
    }
}
