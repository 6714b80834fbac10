package fr.caleol.committee.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A year's threshold of the first quartile of applicants' resources, in euros per consumption unit and per year, as
 * the prefect's order sets it (CCH L441-1). Entered by ADMIN with its source.
 */
@Entity
@Table(name = "first_quartile_threshold")
public class FirstQuartileThreshold {

    public static final int SOURCE_MAX = 300;
    public static final int YEAR_MIN = 2017;
    public static final int YEAR_MAX = 2100;

    @Id
    private Integer year;

    @Version
    private long version;

    @Column(name = "annual_per_unit", nullable = false, precision = 10, scale = 2)
    private BigDecimal annualPerUnit;

    @Column(nullable = false, length = SOURCE_MAX)
    private String source;

    @Column(name = "entered_by", nullable = false, length = 64)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    protected FirstQuartileThreshold() {}

    public FirstQuartileThreshold(int year) {
        this.year = year;
    }

    public void set(BigDecimal annualPerUnit, String source, String by, Instant at) {
        this.annualPerUnit = annualPerUnit;
        this.source = source;
        this.enteredBy = by;
        this.enteredAt = at;
    }

    public int getYear() {
        return year;
    }

    public long getVersion() {
        return version;
    }

    public BigDecimal getAnnualPerUnit() {
        return annualPerUnit;
    }

    public String getSource() {
        return source;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }
}
