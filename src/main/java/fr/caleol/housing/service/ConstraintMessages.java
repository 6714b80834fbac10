package fr.caleol.housing.service;

import fr.caleol.housing.service.ApplicationRules.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;

/** A Bean Validation violation as an i18n key with arguments, for messages the user reads. */
final class ConstraintMessages {

    private ConstraintMessages() {}

    static Violation violation(ConstraintViolation<?> violation) {
        String field = violation.getPropertyPath().toString();
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        return switch (constraint) {
            case NotNull n -> new Violation(field, "validation.required");
            case NotBlank n -> new Violation(field, "validation.required");
            case NotEmpty n -> new Violation(field, "validation.required");
            case Size size -> new Violation(field, "validation.maxLength", size.max());
            case Min min -> min.value() == 0 ? new Violation(field, "validation.notNegative")
                    : new Violation(field, "validation.min", min.value());
            case DecimalMin min -> new BigDecimal(min.value()).signum() == 0
                    ? new Violation(field, "validation.notNegative")
                    : new Violation(field, "validation.min", new BigDecimal(min.value()));
            case Max max -> new Violation(field, "validation.max", max.value());
            case DecimalMax max -> new Violation(field, "validation.max", new BigDecimal(max.value()));
            case PastOrPresent p -> new Violation(field, "validation.notFuture");
            default -> new Violation(field, "validation.invalid");
        };
    }
}
