package fr.caleol.housing.domain;

import fr.caleol.housing.domain.eligibility.HouseholdMember;
import fr.caleol.housing.domain.eligibility.HouseholdRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A person of the applicant's household: the applicant, a spouse or partner, a child or another person. */
@Entity
@Table(name = "household_person")
public class HouseholdPerson {

    public static final int NAME_MAX = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private HousingApplication application;

    @Column(nullable = false)
    private int position;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "last_name", nullable = false, length = NAME_MAX)
    private String lastName;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "first_name", nullable = false, length = NAME_MAX)
    private String firstName;

    @NotNull
    @PastOrPresent
    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private HouseholdRole role;

    @Column(nullable = false)
    private boolean dependant;

    @Column(nullable = false)
    private boolean disabled;

    @NotNull
    @DecimalMin("0.00")
    @Column(name = "monthly_resources", nullable = false, precision = 10, scale = 2)
    private BigDecimal monthlyResources = BigDecimal.ZERO;

    protected HouseholdPerson() {}

    public HouseholdPerson(String lastName, String firstName, LocalDate birthDate, HouseholdRole role,
            boolean dependant, boolean disabled, BigDecimal monthlyResources) {
        this.lastName = lastName;
        this.firstName = firstName;
        this.birthDate = birthDate;
        this.role = role;
        this.dependant = dependant;
        this.disabled = disabled;
        this.monthlyResources = monthlyResources;
    }

    void attachTo(HousingApplication application, int position) {
        this.application = application;
        this.position = position;
    }

    /** This person as the eligibility rules see them. */
    public HouseholdMember toMember() {
        return new HouseholdMember(role, birthDate, dependant, disabled);
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public HouseholdRole getRole() {
        return role;
    }

    public boolean isDependant() {
        return dependant;
    }

    public boolean isDisabled() {
        return disabled;
    }

    public BigDecimal getMonthlyResources() {
        return monthlyResources;
    }
}
