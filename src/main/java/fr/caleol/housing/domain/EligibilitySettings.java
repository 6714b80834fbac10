package fr.caleol.housing.domain;

import fr.caleol.housing.domain.eligibility.EligibilityThresholds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** The landlord's thresholds for the effort rate and the remaining income (a single row, edited by ADMIN). */
@Entity
@Table(name = "eligibility_settings")
public class EligibilitySettings {

    @Id
    private Integer id = 1;

    @Version
    private long version;

    @NotNull
    @DecimalMin("0.0")
    @DecimalMax("100.0")
    @Column(name = "max_effort_rate", nullable = false, precision = 5, scale = 2)
    private BigDecimal maxEffortRatePercent;

    @NotNull
    @DecimalMin("0.00")
    @DecimalMax("1000.00")
    @Column(name = "min_remaining_income", nullable = false, precision = 8, scale = 2)
    private BigDecimal minRemainingIncomePerPersonPerDay;

    protected EligibilitySettings() {}

    public EligibilityThresholds thresholds() {
        return new EligibilityThresholds(maxEffortRatePercent, minRemainingIncomePerPersonPerDay);
    }

    public void update(BigDecimal maxEffortRatePercent, BigDecimal minRemainingIncomePerPersonPerDay) {
        this.maxEffortRatePercent = maxEffortRatePercent;
        this.minRemainingIncomePerPersonPerDay = minRemainingIncomePerPersonPerDay;
    }

    public long getVersion() {
        return version;
    }

    public BigDecimal getMaxEffortRatePercent() {
        return maxEffortRatePercent;
    }

    public BigDecimal getMinRemainingIncomePerPersonPerDay() {
        return minRemainingIncomePerPersonPerDay;
    }
}
