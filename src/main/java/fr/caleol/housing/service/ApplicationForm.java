package fr.caleol.housing.service;

import fr.caleol.housing.domain.CurrentHousingType;
import fr.caleol.housing.domain.DwellingType;
import fr.caleol.housing.domain.HouseholdPerson;
import fr.caleol.housing.domain.HousingApplication;
import fr.caleol.housing.domain.PriorityCategory;
import fr.caleol.housing.domain.RequestReason;
import fr.caleol.housing.domain.SupportingDocument;
import fr.caleol.housing.domain.eligibility.HouseholdRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What the secretary types (or a CSV line carries) to create or edit an application. */
public record ApplicationForm(
        @NotBlank String numeroUnique,
        @NotNull @PastOrPresent LocalDate filingDate,
        @PastOrPresent LocalDate renewalDate,
        @NotEmpty List<String> wishedCommuneInseeCodes,
        @NotEmpty Set<DwellingType> wishedTypes,
        @NotNull RequestReason reason,
        @Size(max = HousingApplication.TEXT_MAX) String reasonDetails,
        boolean dalo,
        Set<PriorityCategory> priorities,
        Set<SupportingDocument> presentDocuments,
        @NotEmpty List<@Valid Person> persons,
        @Min(0) Long taxIncomeNMinus2,
        @Min(0) Long taxIncomeNMinus1,
        @NotNull CurrentHousingType currentHousing,
        @DecimalMin("0.00") BigDecimal currentRent,
        @Size(max = HousingApplication.TEXT_MAX) String currentSituation,
        @DecimalMin("0.00") BigDecimal estimatedHousingAid,
        @Size(max = HousingApplication.ADDRESS_MAX) String addressLine,
        @Pattern(regexp = "\\d{5}") String postalCode,
        @Size(max = HousingApplication.CITY_MAX) String city) {

    /** One person of the household. */
    public record Person(
            @NotBlank @Size(max = HouseholdPerson.NAME_MAX) String lastName,
            @NotBlank @Size(max = HouseholdPerson.NAME_MAX) String firstName,
            @NotNull @PastOrPresent LocalDate birthDate,
            @NotNull HouseholdRole role,
            boolean dependant,
            boolean disabled,
            @NotNull @DecimalMin("0.00") BigDecimal monthlyResources) {}
}
