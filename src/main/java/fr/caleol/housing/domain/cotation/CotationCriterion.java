package fr.caleol.housing.domain.cotation;

import fr.caleol.housing.domain.CurrentHousingType;
import fr.caleol.housing.domain.PriorityCategory;
import fr.caleol.housing.domain.RequestReason;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One criterion of a cotation grid: what it looks at, its parameter, the points it gives (negative points are allowed:
 * some grids deduct, e.g. for a refused offer) and, for seniority, the cap of its total.
 *
 * @param parameter the parameter as text (a code, an amount, a count), null when the kind takes none
 * @param cap the most points the criterion gives in all (seniority only), or null
 */
public record CotationCriterion(String label, CotationKind kind, String parameter, int points, Integer cap) {

    public static final int MAX_POINTS = 10_000;
    public static final int LABEL_MAX = 120;

    /** What is wrong with this criterion, as a message key, or empty when it is valid. */
    public Optional<String> problem() {
        if (label == null || label.isBlank() || label.strip().length() > LABEL_MAX) {
            return Optional.of("cotation.error.label");
        }
        if (kind == null) {
            return Optional.of("cotation.error.kind");
        }
        if (Math.abs(points) > MAX_POINTS || (cap != null && (cap <= 0 || cap > MAX_POINTS * 100))) {
            return Optional.of("cotation.error.points");
        }
        if (cap != null && kind != CotationKind.SENIORITY_MONTHS) {
            return Optional.of("cotation.error.capSeniorityOnly");
        }
        boolean valid = switch (kind.parameter()) {
            case NONE -> parameter == null || parameter.isBlank();
            case PRIORITY -> isConstant(PriorityCategory.class);
            case REASON -> isConstant(RequestReason.class);
            case HOUSING -> isConstant(CurrentHousingType.class);
            case AMOUNT -> amount().filter(a -> a.signum() > 0).isPresent();
            case COUNT -> count().filter(n -> n >= 1 && n <= 20).isPresent();
        };
        return valid ? Optional.empty() : Optional.of("cotation.error.parameter." + kind.parameter().name());
    }

    private <E extends Enum<E>> boolean isConstant(Class<E> type) {
        try {
            Enum.valueOf(type, parameter == null ? "" : parameter.strip());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    Optional<BigDecimal> amount() {
        try {
            return Optional.of(new BigDecimal(parameter.strip().replace(',', '.')));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    Optional<Integer> count() {
        try {
            return Optional.of(Integer.parseInt(parameter.strip()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
