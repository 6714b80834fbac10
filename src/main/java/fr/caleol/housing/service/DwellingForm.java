package fr.caleol.housing.service;

import fr.caleol.housing.domain.Dwelling;
import fr.caleol.housing.domain.DwellingType;
import fr.caleol.housing.domain.Reservataire;
import fr.caleol.housing.domain.eligibility.Financing;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the secretary types (or a CSV line carries) to add a dwelling to the stock. Amounts are monthly, in euros;
 * the commune is given by its INSEE code. {@code vacantSince} defaults to the day it is added.
 */
public record DwellingForm(
        @NotBlank @Size(max = Dwelling.REFERENCE_MAX) String reference,
        @NotBlank @Size(max = Dwelling.ADDRESS_MAX) String address,
        @NotBlank @Pattern(regexp = "[0-9][0-9AB][0-9]{3}") String communeInseeCode,
        @NotNull DwellingType type,
        @NotNull @DecimalMin(value = Dwelling.SURFACE_MIN) @DecimalMax(Dwelling.SURFACE_MAX) BigDecimal surface,
        @Min(Dwelling.FLOOR_MIN) @Max(Dwelling.FLOOR_MAX) int floor,
        boolean lift,
        boolean reducedMobility,
        @NotNull @DecimalMin("0.00") BigDecimal monthlyRent,
        @NotNull @DecimalMin("0.00") BigDecimal monthlyCharges,
        @NotNull Financing financing,
        @NotNull Reservataire reservataire,
        boolean qpv,
        LocalDate vacantSince) {}
