package fr.caleol.housing.domain;

import fr.caleol.base.domain.AbstractEntity;
import fr.caleol.housing.domain.eligibility.DwellingTerms;
import fr.caleol.housing.domain.eligibility.Financing;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A dwelling of the landlord's stock, as it is offered to the committee when vacant. */
@Entity
@Table(name = "dwelling")
public class Dwelling extends AbstractEntity {

    public static final int REFERENCE_MAX = 32;
    public static final int ADDRESS_MAX = 200;
    public static final String SURFACE_MIN = "5.0";
    public static final String SURFACE_MAX = "500.0";
    public static final int FLOOR_MIN = -2;
    public static final int FLOOR_MAX = 60;

    @NotBlank
    @Size(max = REFERENCE_MAX)
    @Column(nullable = false, unique = true, length = REFERENCE_MAX)
    private String reference;

    @NotBlank
    @Size(max = ADDRESS_MAX)
    @Column(nullable = false, length = ADDRESS_MAX)
    private String address;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commune_id")
    private Commune commune;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4)
    private DwellingType type;

    @NotNull
    @DecimalMin(SURFACE_MIN)
    @DecimalMax(SURFACE_MAX)
    @Column(name = "surface_m2", nullable = false, precision = 6, scale = 2)
    private BigDecimal surface;

    @Min(FLOOR_MIN)
    @Max(FLOOR_MAX)
    @Column(nullable = false)
    private int floor;

    @Column(nullable = false)
    private boolean lift;

    @Column(name = "reduced_mobility", nullable = false)
    private boolean reducedMobility;

    @NotNull
    @DecimalMin("0.00")
    @Column(name = "monthly_rent", nullable = false, precision = 10, scale = 2)
    private BigDecimal monthlyRent;

    @NotNull
    @DecimalMin("0.00")
    @Column(name = "monthly_charges", nullable = false, precision = 10, scale = 2)
    private BigDecimal monthlyCharges;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Financing financing;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Reservataire reservataire;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DwellingStatus status = DwellingStatus.VACANT;

    /** In a priority neighbourhood of the city policy (QPV): the first-quartile target counts those outside. */
    @Column(nullable = false)
    private boolean qpv;

    /** Since when the dwelling is vacant, when known: the activity report's delay from vacancy to decision. */
    @Column(name = "vacant_since")
    private LocalDate vacantSince;

    protected Dwelling() {}

    public Dwelling(String reference, String address, Commune commune, DwellingType type, BigDecimal surface,
            int floor, boolean lift, boolean reducedMobility, BigDecimal monthlyRent, BigDecimal monthlyCharges,
            Financing financing, Reservataire reservataire) {
        this.reference = reference;
        this.address = address;
        this.commune = commune;
        this.type = type;
        this.surface = surface;
        this.floor = floor;
        this.lift = lift;
        this.reducedMobility = reducedMobility;
        this.monthlyRent = monthlyRent;
        this.monthlyCharges = monthlyCharges;
        this.financing = financing;
        this.reservataire = reservataire;
    }

    /** What the eligibility figures need from this dwelling. */
    public DwellingTerms terms() {
        return new DwellingTerms(commune.getCeilingZone(), financing, monthlyRent, monthlyCharges);
    }

    public String getReference() {
        return reference;
    }

    public String getAddress() {
        return address;
    }

    public Commune getCommune() {
        return commune;
    }

    public DwellingType getType() {
        return type;
    }

    public BigDecimal getSurface() {
        return surface;
    }

    public int getFloor() {
        return floor;
    }

    public boolean hasLift() {
        return lift;
    }

    public boolean isReducedMobility() {
        return reducedMobility;
    }

    public BigDecimal getMonthlyRent() {
        return monthlyRent;
    }

    public BigDecimal getMonthlyCharges() {
        return monthlyCharges;
    }

    public Financing getFinancing() {
        return financing;
    }

    public Reservataire getReservataire() {
        return reservataire;
    }

    public DwellingStatus getStatus() {
        return status;
    }

    public boolean isQpv() {
        return qpv;
    }

    public LocalDate getVacantSince() {
        return vacantSince;
    }

    /** Where it lies as the city policy sees it, and since when it is vacant (null: not known). */
    public void situate(boolean qpv, LocalDate vacantSince) {
        this.qpv = qpv;
        this.vacantSince = vacantSince;
    }

    public void setStatus(DwellingStatus status) {
        this.status = status;
    }
}
