package fr.caleol.housing.domain;

import static fr.caleol.base.domain.Texts.blankToNull;

import fr.caleol.base.domain.AbstractEntity;
import fr.caleol.housing.domain.eligibility.CeilingZone;
import fr.caleol.housing.domain.eligibility.HouseholdCategory;
import fr.caleol.housing.domain.eligibility.HouseholdComposition;
import fr.caleol.housing.domain.eligibility.HouseholdRole;
import fr.caleol.housing.domain.eligibility.ReferenceIncome;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A housing application (demande de logement social) with its household. The figures the lists filter on
 * (applicant name, household size, resources, reference income, category, ceiling zone) are derived from the
 * household by {@link #refreshSummary(LocalDate)}, never typed in.
 */
@Entity
@Table(name = "housing_application")
public class HousingApplication extends AbstractEntity {

    public static final int TEXT_MAX = 1000;
    public static final int ADDRESS_MAX = 200;
    public static final int CITY_MAX = 100;

    @NotNull
    @Column(name = "numero_unique", nullable = false, unique = true, length = NumeroUnique.LENGTH)
    private String numeroUnique;

    @NotNull
    @PastOrPresent
    @Column(name = "filing_date", nullable = false)
    private LocalDate filingDate;

    @PastOrPresent
    @Column(name = "renewal_date")
    private LocalDate renewalDate;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ApplicationStatus status = ApplicationStatus.ACTIVE;

    @NotEmpty
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "application_wished_commune", joinColumns = @JoinColumn(name = "application_id"),
            inverseJoinColumns = @JoinColumn(name = "commune_id"))
    @OrderColumn(name = "rank_order")
    private List<Commune> wishedCommunes = new ArrayList<>();

    @NotEmpty
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "application_wished_type", joinColumns = @JoinColumn(name = "application_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "dwelling_type", nullable = false, length = 4)
    private Set<DwellingType> wishedTypes = EnumSet.noneOf(DwellingType.class);

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private RequestReason reason;

    @Size(max = TEXT_MAX)
    @Column(name = "reason_details", length = TEXT_MAX)
    private String reasonDetails;

    @Column(nullable = false)
    private boolean dalo;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "application_priority", joinColumns = @JoinColumn(name = "application_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "priority", nullable = false, length = 32)
    private Set<PriorityCategory> priorities = EnumSet.noneOf(PriorityCategory.class);

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "application_document", joinColumns = @JoinColumn(name = "application_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "document", nullable = false, length = 32)
    private Set<SupportingDocument> presentDocuments = EnumSet.noneOf(SupportingDocument.class);

    @NotEmpty
    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<@Valid HouseholdPerson> persons = new ArrayList<>();

    @Min(0)
    @Column(name = "tax_income_n2")
    private Long taxIncomeNMinus2;

    @Min(0)
    @Column(name = "tax_income_n1")
    private Long taxIncomeNMinus1;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "current_housing", nullable = false, length = 32)
    private CurrentHousingType currentHousing;

    @DecimalMin("0.00")
    @Column(name = "current_rent", precision = 10, scale = 2)
    private BigDecimal currentRent;

    @Size(max = TEXT_MAX)
    @Column(name = "current_situation", length = TEXT_MAX)
    private String currentSituation;

    /** Housing aid (APL) the household would receive, per month: an estimate typed by the secretary. */
    @DecimalMin("0.00")
    @Column(name = "estimated_housing_aid", precision = 10, scale = 2)
    private BigDecimal estimatedHousingAid;

    /** The applicant's postal address, where letters are sent. */
    @Size(max = ADDRESS_MAX)
    @Column(name = "address_line", length = ADDRESS_MAX)
    private String addressLine;

    @Pattern(regexp = "\\d{5}")
    @Column(name = "postal_code", length = 5)
    private String postalCode;

    @Size(max = CITY_MAX)
    @Column(length = CITY_MAX)
    private String city;

    // Derived from the household, kept for lists and filters over large tables.
    @Column(name = "applicant_name", nullable = false, length = 2 * HouseholdPerson.NAME_MAX + 1)
    private String applicantName;

    @Column(name = "household_size", nullable = false)
    private int householdSize;

    @Column(name = "monthly_resources", nullable = false, precision = 12, scale = 2)
    private BigDecimal monthlyResources;

    @Column(name = "reference_income")
    private Long referenceIncome;

    @Column(name = "household_category", nullable = false)
    private int householdCategory;

    @Column(name = "extra_persons", nullable = false)
    private int extraPersons;

    @Enumerated(EnumType.STRING)
    @Column(name = "ceiling_zone", nullable = false, length = 32)
    private CeilingZone ceilingZone;

    protected HousingApplication() {}

    public HousingApplication(NumeroUnique numeroUnique, LocalDate filingDate) {
        this.numeroUnique = numeroUnique.value();
        this.filingDate = filingDate;
    }

    /** The household as the eligibility rules see it (ages taken on the given date). */
    public HouseholdComposition composition() {
        return new HouseholdComposition(persons.stream().map(HouseholdPerson::toMember).toList());
    }

    /** Recomputes the derived figures after a change of household, incomes or wishes. */
    public void refreshSummary(LocalDate today) {
        HouseholdPerson applicant = persons.stream().filter(p -> p.getRole() == HouseholdRole.APPLICANT)
                .findFirst().orElseThrow(() -> new IllegalStateException("No applicant"));
        applicantName = applicant.getLastName().toUpperCase() + " " + applicant.getFirstName();
        householdSize = persons.size();
        monthlyResources = persons.stream().map(HouseholdPerson::getMonthlyResources)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        var income = ReferenceIncome.select(taxIncomeNMinus2, taxIncomeNMinus1).amount();
        referenceIncome = income.isPresent() ? income.getAsLong() : null;
        HouseholdCategory category = HouseholdCategory.of(composition(), today);
        householdCategory = category.category();
        extraPersons = category.extraPersons();
        ceilingZone = wishedCommunes.getFirst().getCeilingZone();
    }

    public void replaceHousehold(List<HouseholdPerson> newPersons) {
        persons.clear();
        for (int i = 0; i < newPersons.size(); i++) {
            HouseholdPerson person = newPersons.get(i);
            person.attachTo(this, i);
            persons.add(person);
        }
    }

    public NumeroUnique getNumeroUnique() {
        return new NumeroUnique(numeroUnique);
    }

    public LocalDate getFilingDate() {
        return filingDate;
    }

    public LocalDate getRenewalDate() {
        return renewalDate;
    }

    public void setRenewalDate(LocalDate renewalDate) {
        this.renewalDate = renewalDate;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public void setStatus(ApplicationStatus status) {
        this.status = status;
    }

    public List<Commune> getWishedCommunes() {
        return List.copyOf(wishedCommunes);
    }

    public void setWishedCommunes(List<Commune> communes) {
        wishedCommunes.clear();
        wishedCommunes.addAll(communes);
    }

    public Set<DwellingType> getWishedTypes() {
        return wishedTypes.isEmpty() ? EnumSet.noneOf(DwellingType.class) : EnumSet.copyOf(wishedTypes);
    }

    public void setWishedTypes(Set<DwellingType> types) {
        wishedTypes.clear();
        wishedTypes.addAll(types);
    }

    public RequestReason getReason() {
        return reason;
    }

    public void setReason(RequestReason reason) {
        this.reason = reason;
    }

    public String getReasonDetails() {
        return reasonDetails;
    }

    public void setReasonDetails(String reasonDetails) {
        this.reasonDetails = blankToNull(reasonDetails);
    }

    public boolean isDalo() {
        return dalo;
    }

    public void setDalo(boolean dalo) {
        this.dalo = dalo;
    }

    public Set<PriorityCategory> getPriorities() {
        return priorities.isEmpty() ? EnumSet.noneOf(PriorityCategory.class) : EnumSet.copyOf(priorities);
    }

    public void setPriorities(Set<PriorityCategory> categories) {
        priorities.clear();
        priorities.addAll(categories);
    }

    public Set<SupportingDocument> getPresentDocuments() {
        return presentDocuments.isEmpty() ? EnumSet.noneOf(SupportingDocument.class) : EnumSet.copyOf(presentDocuments);
    }

    /** The documents of the official list that are still missing. */
    public Set<SupportingDocument> getMissingDocuments() {
        Set<SupportingDocument> missing = EnumSet.allOf(SupportingDocument.class);
        missing.removeAll(presentDocuments);
        return missing;
    }

    public void setPresentDocuments(Set<SupportingDocument> documents) {
        presentDocuments.clear();
        presentDocuments.addAll(documents);
    }

    public List<HouseholdPerson> getPersons() {
        return List.copyOf(persons);
    }

    public Long getTaxIncomeNMinus2() {
        return taxIncomeNMinus2;
    }

    public Long getTaxIncomeNMinus1() {
        return taxIncomeNMinus1;
    }

    public void setTaxIncomes(Long nMinus2, Long nMinus1) {
        this.taxIncomeNMinus2 = nMinus2;
        this.taxIncomeNMinus1 = nMinus1;
    }

    public CurrentHousingType getCurrentHousing() {
        return currentHousing;
    }

    public void setCurrentHousing(CurrentHousingType currentHousing) {
        this.currentHousing = currentHousing;
    }

    public BigDecimal getCurrentRent() {
        return currentRent;
    }

    public void setCurrentRent(BigDecimal currentRent) {
        this.currentRent = currentRent;
    }

    public String getCurrentSituation() {
        return currentSituation;
    }

    public void setCurrentSituation(String currentSituation) {
        this.currentSituation = blankToNull(currentSituation);
    }

    public BigDecimal getEstimatedHousingAid() {
        return estimatedHousingAid;
    }

    public void setEstimatedHousingAid(BigDecimal estimatedHousingAid) {
        this.estimatedHousingAid = estimatedHousingAid;
    }

    public String getAddressLine() {
        return addressLine;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setAddress(String addressLine, String postalCode, String city) {
        this.addressLine = blankToNull(addressLine);
        this.postalCode = blankToNull(postalCode);
        this.city = blankToNull(city);
    }

    public String getApplicantName() {
        return applicantName;
    }

    public int getHouseholdSize() {
        return householdSize;
    }

    public BigDecimal getMonthlyResources() {
        return monthlyResources;
    }

    public Long getReferenceIncome() {
        return referenceIncome;
    }

    public int getHouseholdCategory() {
        return householdCategory;
    }

    public int getExtraPersons() {
        return extraPersons;
    }

    public CeilingZone getCeilingZone() {
        return ceilingZone;
    }
}
