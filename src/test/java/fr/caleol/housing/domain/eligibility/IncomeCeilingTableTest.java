package fr.caleol.housing.domain.eligibility;

import static fr.caleol.housing.domain.eligibility.CeilingZone.PARIS_AND_ADJACENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class IncomeCeilingTableTest {

    private static final IncomeCeilingTable TABLE = Ceilings2024.TABLE;

    private static long ceiling(CeilingZone zone, Financing financing, int category, int extraPersons) {
        return TABLE.ceilingFor(2024, zone, financing, category, extraPersons).orElseThrow().amount();
    }

    @ParameterizedTest(name = "2024 {1} {0} category {2} = {3}")
    @CsvSource({
            "PARIS_AND_ADJACENT,    PLUS, 1, 26044", "PARIS_AND_ADJACENT,    PLUS, 2, 38925",
            "PARIS_AND_ADJACENT,    PLUS, 3, 51025", "PARIS_AND_ADJACENT,    PLUS, 4, 60921",
            "PARIS_AND_ADJACENT,    PLUS, 5, 72482", "PARIS_AND_ADJACENT,    PLUS, 6, 81562",
            "REST_OF_ILE_DE_FRANCE, PLUS, 1, 26044", "REST_OF_ILE_DE_FRANCE, PLUS, 2, 38925",
            "REST_OF_ILE_DE_FRANCE, PLUS, 3, 46789", "REST_OF_ILE_DE_FRANCE, PLUS, 4, 56046",
            "REST_OF_ILE_DE_FRANCE, PLUS, 5, 66347", "REST_OF_ILE_DE_FRANCE, PLUS, 6, 74662",
            "OTHER_REGIONS,         PLUS, 1, 22642", "OTHER_REGIONS,         PLUS, 2, 30238",
            "OTHER_REGIONS,         PLUS, 3, 36362", "OTHER_REGIONS,         PLUS, 4, 43899",
            "OTHER_REGIONS,         PLUS, 5, 51641", "OTHER_REGIONS,         PLUS, 6, 58200",
            "PARIS_AND_ADJACENT,    PLAI, 1, 14329", "PARIS_AND_ADJACENT,    PLAI, 2, 23355",
            "PARIS_AND_ADJACENT,    PLAI, 3, 30614", "PARIS_AND_ADJACENT,    PLAI, 4, 33511",
            "PARIS_AND_ADJACENT,    PLAI, 5, 39863", "PARIS_AND_ADJACENT,    PLAI, 6, 44861",
            "REST_OF_ILE_DE_FRANCE, PLAI, 1, 14329", "REST_OF_ILE_DE_FRANCE, PLAI, 2, 23355",
            "REST_OF_ILE_DE_FRANCE, PLAI, 3, 28074", "REST_OF_ILE_DE_FRANCE, PLAI, 4, 30824",
            "REST_OF_ILE_DE_FRANCE, PLAI, 5, 36493", "REST_OF_ILE_DE_FRANCE, PLAI, 6, 41064",
            "OTHER_REGIONS,         PLAI, 1, 12452", "OTHER_REGIONS,         PLAI, 2, 18143",
            "OTHER_REGIONS,         PLAI, 3, 21818", "OTHER_REGIONS,         PLAI, 4, 24276",
            "OTHER_REGIONS,         PLAI, 5, 28404", "OTHER_REGIONS,         PLAI, 6, 32010"})
    void the_seeded_2024_ceilings_are_the_published_ones(CeilingZone zone, Financing financing, int category, long amount) {
        assertEquals(amount, ceiling(zone, financing, category, 0));
    }

    @ParameterizedTest(name = "2024 {1} {0}, category 6 + {2} extra = {3}")
    @CsvSource({
            "PARIS_AND_ADJACENT,    PLUS, 1, 90651", "PARIS_AND_ADJACENT,    PLUS, 2, 99740",
            "REST_OF_ILE_DE_FRANCE, PLUS, 1, 82981", "OTHER_REGIONS,         PLUS, 3, 77676",
            "PARIS_AND_ADJACENT,    PLAI, 1, 49859", "REST_OF_ILE_DE_FRANCE, PLAI, 2, 50210",
            "OTHER_REGIONS,         PLAI, 1, 35579"})
    void beyond_six_persons_each_extra_person_adds_the_scale_amount(
            CeilingZone zone, Financing financing, int extraPersons, long amount) {
        assertEquals(amount, ceiling(zone, financing, 6, extraPersons));
    }

    @ParameterizedTest(name = "2024 PLS {0} category {1} + {2} extra = {3}")
    @CsvSource({
            "PARIS_AND_ADJACENT,    1, 0, 33857",  // 26 044 × 1.30 = 33 857.2
            "PARIS_AND_ADJACENT,    2, 0, 50603",  // 38 925 × 1.30 = 50 602.5, half up
            "PARIS_AND_ADJACENT,    3, 0, 66333",  // 51 025 × 1.30 = 66 332.5, half up
            "REST_OF_ILE_DE_FRANCE, 4, 0, 72860",  // 56 046 × 1.30 = 72 859.8
            "OTHER_REGIONS,         6, 0, 75660",  // 58 200 × 1.30 = 75 660
            "PARIS_AND_ADJACENT,    6, 2, 129663", // 106 031 + 2 × 11 816 (9 089 × 1.30 = 11 815.7)
            "OTHER_REGIONS,         6, 1, 84100"}) // 75 660 + 8 440 (6 492 × 1.30 = 8 439.6)
    void pls_ceilings_are_plus_ceilings_plus_30_percent_rounded_to_the_euro_amount_by_amount(
            CeilingZone zone, int category, int extraPersons, long amount) {
        assertEquals(amount, ceiling(zone, Financing.PLS, category, extraPersons));
    }

    @ParameterizedTest
    @EnumSource(CeilingZone.class)
    void plai_adapte_uses_the_plai_ceilings(CeilingZone zone) {
        for (int category = 1; category <= 6; category++) {
            assertEquals(ceiling(zone, Financing.PLAI, category, 0), ceiling(zone, Financing.PLAI_ADAPTE, category, 0));
        }
        assertEquals(ceiling(zone, Financing.PLAI, 6, 2), ceiling(zone, Financing.PLAI_ADAPTE, 6, 2));
    }

    @Test
    void the_ceiling_shows_its_calculation() {
        Ceiling ceiling = TABLE.ceilingFor(2024, PARIS_AND_ADJACENT, Financing.PLS, 6, 2).orElseThrow();

        assertEquals(81562, ceiling.storedCategoryAmount());
        assertEquals(9089, ceiling.storedExtraPersonAmount());
        assertEquals("106031 + 2 × 11816 = 129663", ceiling.formula());
    }

    @Test
    void a_year_without_ceilings_gives_no_ceiling() {
        assertTrue(TABLE.ceilingFor(2027, PARIS_AND_ADJACENT, Financing.PLUS, 1, 0).isEmpty());
    }

    @Test
    void extra_persons_only_count_beyond_category_6() {
        assertThrows(IllegalArgumentException.class, () -> TABLE.ceilingFor(2024, PARIS_AND_ADJACENT, Financing.PLUS, 5, 1));
        assertThrows(IllegalArgumentException.class, () -> TABLE.ceilingFor(2024, PARIS_AND_ADJACENT, Financing.PLUS, 7, 0));
    }

    @Test
    void a_scale_without_all_its_amounts_is_rejected() {
        IncomeCeilingTable.Builder builder = IncomeCeilingTable.builder();
        for (int category = 1; category <= 5; category++) {
            builder.category(2025, PARIS_AND_ADJACENT, Financing.PLUS, category, 1000L * category);
        }
        builder.extraPerson(2025, PARIS_AND_ADJACENT, Financing.PLUS, 900);

        assertThrows(IllegalStateException.class, builder::build);
    }

    @Test
    void duplicate_and_derived_rows_are_rejected() {
        IncomeCeilingTable.Builder builder = IncomeCeilingTable.builder()
                .category(2025, PARIS_AND_ADJACENT, Financing.PLUS, 1, 27000);

        assertThrows(IllegalArgumentException.class,
                () -> builder.category(2025, PARIS_AND_ADJACENT, Financing.PLUS, 1, 27001));
        assertThrows(IllegalArgumentException.class,
                () -> builder.category(2025, PARIS_AND_ADJACENT, Financing.PLS, 1, 35100));
    }

    @Test
    void the_ceilings_of_a_date_are_its_years_or_else_the_latest_earlier_ones_never_a_later_years() {
        assertEquals(java.util.OptionalInt.of(2026), IncomeCeilingTable.applicableYear(List.of(2024, 2025, 2026),
                LocalDate.of(2026, 1, 1)));
        assertEquals(java.util.OptionalInt.of(2025), IncomeCeilingTable.applicableYear(List.of(2024, 2025, 2026),
                LocalDate.of(2025, 12, 31)), "a year entered in advance does not apply early");
        assertEquals(java.util.OptionalInt.of(2024), IncomeCeilingTable.applicableYear(List.of(2024, 2027),
                LocalDate.of(2026, 6, 15)), "not entered yet: the latest earlier year");
        assertEquals(java.util.OptionalInt.empty(), IncomeCeilingTable.applicableYear(List.of(2024),
                LocalDate.of(2023, 6, 15)));
        assertEquals(java.util.OptionalInt.of(2024), TABLE.applicableYear(LocalDate.of(2026, 3, 2)));
    }
}
