package com.regimen.web.api;

import com.regimen.core.database.StorableDates;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A date or instant within {@link StorableDates}' range (1900-01-01 to 8999-12-31). Every
 * {@code Instant} and {@code LocalDate} a request body takes carries it; HostileInputIT finds
 * every date field in the served OpenAPI and checks that each refuses an extreme value with 400.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {Storable.InstantCheck.class, Storable.DayCheck.class})
public @interface Storable {
    String message() default StorableDates.RULE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class InstantCheck implements ConstraintValidator<Storable, Instant> {
        @Override
        public boolean isValid(Instant value, ConstraintValidatorContext context) {
            return StorableDates.fits(value);
        }
    }

    final class DayCheck implements ConstraintValidator<Storable, LocalDate> {
        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return StorableDates.fits(value);
        }
    }
}
