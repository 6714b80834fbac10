package fr.caleol.housing.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caleol.base.errors.BusinessException;
import fr.caleol.housing.domain.EligibilitySettings;
import fr.caleol.housing.domain.IncomeCeilingRepository.Scale;
import fr.caleol.housing.domain.eligibility.CeilingZone;
import fr.caleol.housing.domain.eligibility.EligibilityThresholds;
import fr.caleol.housing.domain.eligibility.Financing;
import fr.caleol.security.domain.Role;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.TestUsers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class EligibilitySettingsIT {

    @Autowired EligibilityService service;

    @BeforeEach
    void actAsAdmin() {
        TestUsers.actAs("admin", Role.ADMIN);
    }

    @AfterEach
    void logout() {
        TestUsers.anonymous();
    }

    private static int unusedYear() {
        return ThreadLocalRandom.current().nextInt(3000, 32000);
    }

    private static List<Scale> scalesOf(int year, long first) {
        List<Scale> scales = new ArrayList<>();
        for (CeilingZone zone : CeilingZone.values()) {
            for (Financing financing : List.of(Financing.PLUS, Financing.PLAI)) {
                scales.add(new Scale(year, zone, financing,
                        List.of(first, first + 1000, first + 2000, first + 3000, first + 4000, first + 5000), 900));
            }
        }
        return scales;
    }

    @Test
    void the_2024_ceilings_are_there_from_the_migration() {
        assertThat(service.ceilingYears()).contains(2024);
        assertThat(service.ceilingScales(2024)).hasSize(6)
                .anySatisfy(s -> {
                    assertThat(s.zone()).isEqualTo(CeilingZone.PARIS_AND_ADJACENT);
                    assertThat(s.financing()).isEqualTo(Financing.PLUS);
                    assertThat(s.categoryAmounts()).containsExactly(26044L, 38925L, 51025L, 60921L, 72482L, 81562L);
                    assertThat(s.extraPersonAmount()).isEqualTo(9089L);
                });
    }

    @Test
    void an_administrator_adds_a_new_year_without_code() {
        int year = unusedYear();
        service.addCeilingYear(year, scalesOf(year, 20000));
        assertThat(service.ceilingYears()).contains(year);
        assertThat(service.ceilingScales(year)).hasSize(6);
    }

    @Test
    void an_incomplete_or_decreasing_year_is_refused_and_nothing_is_saved() {
        int year = unusedYear();
        List<Scale> missingOne = scalesOf(year, 20000).subList(0, 5);
        assertThatThrownBy(() -> service.addCeilingYear(year, missingOne))
                .isInstanceOf(BusinessException.class).hasMessage("settings.error.scaleMissing");
        List<Scale> decreasing = new ArrayList<>(scalesOf(year, 20000));
        Scale last = decreasing.removeLast();
        decreasing.add(new Scale(year, last.zone(), last.financing(), List.of(6L, 5L, 4L, 3L, 2L, 1L), 1));
        assertThatThrownBy(() -> service.addCeilingYear(year, decreasing))
                .isInstanceOf(BusinessException.class).hasMessage("settings.error.scaleNotIncreasing");
        assertThat(service.ceilingYears()).doesNotContain(year);
    }

    @Test
    void an_existing_year_cannot_be_added_again() {
        assertThatThrownBy(() -> service.addCeilingYear(2024, scalesOf(2024, 20000)))
                .isInstanceOf(BusinessException.class).hasMessage("settings.error.yearExists");
    }

    @Test
    void thresholds_change_with_optimistic_locking() {
        EligibilitySettings before = service.settings();
        BigDecimal effort = before.getMaxEffortRatePercent();
        BigDecimal remaining = before.getMinRemainingIncomePerPersonPerDay();
        EligibilitySettings after = service.updateThresholds(before.getVersion(),
                new EligibilityThresholds(new BigDecimal("33.00"), new BigDecimal("11.50")));
        try {
            assertThat(after.getMaxEffortRatePercent()).isEqualByComparingTo("33");
            assertThatThrownBy(() -> service.updateThresholds(before.getVersion(),
                    new EligibilityThresholds(new BigDecimal("40"), new BigDecimal("10"))))
                    .isInstanceOf(BusinessException.class).hasMessage("error.staleData");
        } finally {
            service.updateThresholds(service.settings().getVersion(), new EligibilityThresholds(effort, remaining));
        }
    }

    @Test
    void only_an_administrator_changes_ceilings_or_thresholds() {
        for (Role role : Role.values()) {
            if (role == Role.ADMIN) {
                continue;
            }
            TestUsers.actAs("someone", role);
            int year = unusedYear();
            assertThatThrownBy(() -> service.addCeilingYear(year, scalesOf(year, 20000))).as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.updateThresholds(0, EligibilityThresholds.DEFAULTS)).as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
