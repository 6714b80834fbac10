package fr.caleol.housing.domain.eligibility;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Immutable income-ceiling data: one PLUS or PLAI scale (categories 1..6 and a per-extra-person amount) per
 * year and zone. Ceilings are revised every 1 January, so a new year is new data, never new code.
 * PLS and PLAI adapté ceilings are derived from the stored scales, see {@link Financing}.
 */
public final class IncomeCeilingTable {

    private static final int CATEGORIES = 6;

    private final Map<ScaleKey, Scale> scales;

    private IncomeCeilingTable(Map<ScaleKey, Scale> scales) {
        this.scales = Map.copyOf(scales);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The ceiling for a household category, or empty when no scale is stored for that year, zone and
     * financing (the UI then asks an administrator to add the year's ceilings).
     *
     * @param category     household category 1..6
     * @param extraPersons persons beyond category 6 (0 unless category is 6)
     */
    public Optional<Ceiling> ceilingFor(int year, CeilingZone zone, Financing financing,
                                        int category, int extraPersons) {
        checkCategory(category);
        if (extraPersons < 0 || (extraPersons > 0 && category != CATEGORIES)) {
            throw new IllegalArgumentException("Extra persons only count beyond category 6: " + extraPersons);
        }
        return Optional.ofNullable(scales.get(new ScaleKey(year, zone, financing.storedScale())))
                .map(scale -> new Ceiling(year, zone, financing, category, extraPersons,
                        scale.categoryAmounts().get(category - 1), scale.extraPersonAmount()));
    }

    /**
     * The one rule for which year's ceilings apply on a date, used by the applications list's filter, the dossier
     * and the sitting alike: that year's when they are stored, otherwise the most recent earlier year's (the order is
     * published each December and an administrator may enter it late; the screens then say which year they compare
     * with); empty when no year up to the date's is stored. Years entered in advance never apply early.
     */
    public OptionalInt applicableYear(LocalDate date) {
        return applicableYear(scales.keySet().stream().map(ScaleKey::year).toList(), date);
    }

    /** {@link #applicableYear(LocalDate)} over the years stored, without loading their scales. */
    public static OptionalInt applicableYear(Collection<Integer> storedYears, LocalDate date) {
        int year = date.getYear();
        return storedYears.stream().mapToInt(Integer::intValue).filter(y -> y <= year).max();
    }

    /** Same as above for a computed household category. */
    public Optional<Ceiling> ceilingFor(int year, CeilingZone zone, Financing financing, HouseholdCategory category) {
        return ceilingFor(year, zone, financing, category.category(), category.extraPersons());
    }

    private static void checkCategory(int category) {
        if (category < 1 || category > CATEGORIES) {
            throw new IllegalArgumentException("Category must be 1 to 6: " + category);
        }
    }

    private record ScaleKey(int year, CeilingZone zone, Financing financing) {
        ScaleKey {
            Objects.requireNonNull(zone, "zone");
            Objects.requireNonNull(financing, "financing");
        }
    }

    private record Scale(List<Long> categoryAmounts, long extraPersonAmount) {
    }

    /** Collects rows as stored in the database; {@link #build()} rejects incomplete scales. */
    public static final class Builder {

        private final Map<ScaleKey, Map<Integer, Long>> categoryAmounts = new HashMap<>();
        private final Map<ScaleKey, Long> extraPersonAmounts = new HashMap<>();

        private Builder() {
        }

        /** Adds the amount of one category (1..6) of a stored scale (financing PLUS or PLAI). */
        public Builder category(int year, CeilingZone zone, Financing financing, int category, long amount) {
            checkCategory(category);
            ScaleKey key = storedScaleKey(year, zone, financing, amount);
            if (categoryAmounts.computeIfAbsent(key, k -> new TreeMap<>()).putIfAbsent(category, amount) != null) {
                throw new IllegalArgumentException("Duplicate ceiling: " + key + " category " + category);
            }
            return this;
        }

        /** Adds the per-extra-person amount of a stored scale (financing PLUS or PLAI). */
        public Builder extraPerson(int year, CeilingZone zone, Financing financing, long amount) {
            ScaleKey key = storedScaleKey(year, zone, financing, amount);
            if (extraPersonAmounts.putIfAbsent(key, amount) != null) {
                throw new IllegalArgumentException("Duplicate extra-person amount: " + key);
            }
            return this;
        }

        /** @throws IllegalStateException when a scale lacks a category or its per-extra-person amount */
        public IncomeCeilingTable build() {
            Map<ScaleKey, Scale> scales = new HashMap<>();
            categoryAmounts.forEach((key, amounts) -> {
                Long extraPersonAmount = extraPersonAmounts.get(key);
                if (amounts.size() != CATEGORIES || extraPersonAmount == null) {
                    throw new IllegalStateException(
                            "Incomplete scale, needs categories 1 to 6 and the extra-person amount: " + key);
                }
                scales.put(key, new Scale(List.copyOf(amounts.values()), extraPersonAmount));
            });
            extraPersonAmounts.keySet().stream()
                    .filter(key -> !categoryAmounts.containsKey(key))
                    .findFirst()
                    .ifPresent(key -> {
                        throw new IllegalStateException("Extra-person amount without categories: " + key);
                    });
            return new IncomeCeilingTable(scales);
        }

        private static ScaleKey storedScaleKey(int year, CeilingZone zone, Financing financing, long amount) {
            if (financing.storedScale() != financing) {
                throw new IllegalArgumentException(financing + " ceilings are derived; only PLUS and PLAI are stored");
            }
            if (amount <= 0) {
                throw new IllegalArgumentException("Ceiling amounts are positive: " + amount);
            }
            return new ScaleKey(year, zone, financing);
        }
    }
}
