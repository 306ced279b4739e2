package io.github.camelmartech.getresponse;

import java.util.Collection;
import java.util.Set;
import java.util.regex.Pattern;

import io.github.camelmartech.support.error.MarTechInvalidInputException;

/** Checks of the rules GetResponse documents, made before any call so a bad body never reaches it. */
final class GetResponseValidation {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private GetResponseValidation() {
    }

    static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new MarTechInvalidInputException(field, "is required");
        }
        return value;
    }

    static <T extends Collection<?>> T notEmpty(String field, T values) {
        if (values == null || values.isEmpty()) {
            throw new MarTechInvalidInputException(field, "must not be empty");
        }
        return values;
    }

    static void email(String field, String value) {
        required(field, value);
        if (!EMAIL.matcher(value).matches()) {
            throw new MarTechInvalidInputException(field, "must be an email address (name@domain.tld)");
        }
    }

    static void matches(String field, String value, Pattern pattern, String rule) {
        if (value != null && !pattern.matcher(value).matches()) {
            throw new MarTechInvalidInputException(field, rule);
        }
    }

    static void oneOf(String field, String value, Set<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw new MarTechInvalidInputException(field, "must be one of " + new java.util.TreeSet<>(allowed));
        }
    }

    static void atMost(String field, Collection<?> values, int max) {
        if (values != null && values.size() > max) {
            throw new MarTechInvalidInputException(field, "holds at most " + max + " items per request (got "
                                                          + values.size() + ")");
        }
    }
}
