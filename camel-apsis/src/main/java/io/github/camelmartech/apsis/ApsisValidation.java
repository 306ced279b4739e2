package io.github.camelmartech.apsis;

import java.util.Collection;
import java.util.Set;
import java.util.regex.Pattern;

import io.github.camelmartech.support.error.MarTechInvalidInputException;

/** Checks APSIS states for its inputs, applied before any HTTP call. */
final class ApsisValidation {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ApsisValidation() {
    }

    static <T> T required(String field, T value) {
        if (value == null || value instanceof String s && s.isBlank()
            || value instanceof Collection<?> c && c.isEmpty()) {
            throw new MarTechInvalidInputException(field, "is required");
        }
        return value;
    }

    static String email(String field, String value) {
        required(field, value);
        if (!EMAIL.matcher(value).matches()) {
            throw new MarTechInvalidInputException(field, "must be an email address");
        }
        return value;
    }

    static void oneOf(String field, String value, Set<String> allowed, boolean required) {
        if (value == null && !required) {
            return;
        }
        if (value == null || !allowed.contains(value)) {
            throw new MarTechInvalidInputException(field, "must be one of " + allowed + (value == null ? "" : ", not " + value));
        }
    }

    static void maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new MarTechInvalidInputException(field, "must be at most " + max + " characters");
        }
    }

    static int range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new MarTechInvalidInputException(field, "must be between " + min + " and " + max + ", not " + value);
        }
        return value;
    }
}
