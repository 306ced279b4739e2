package io.github.camelmartech.support.operation;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.json.IsoDates;

/**
 * One rule a value must follow, as the vendor documents it. {@link #violation} returns null when the value follows
 * it, else the rule in words ("must be 1-11 characters"), which the error puts after the field's name. Every rule but
 * {@link #required()} and {@link #notEmpty()} lets an absent value pass: absence is {@code required}'s business.
 */
@FunctionalInterface
public interface Rule {

    String violation(Object value);

    static Rule required() {
        return v -> v == null || v instanceof CharSequence s && s.toString().isBlank()
                || v instanceof Collection<?> c && c.isEmpty() ? "is required" : null;
    }

    /** A collection or map with something in it, or any other value but null (a text is not looked at). */
    static Rule notEmpty() {
        return v -> v == null || v instanceof Collection<?> c && c.isEmpty() || v instanceof Map<?, ?> m && m.isEmpty()
                ? "must not be empty" : null;
    }

    /** A value that is present must be one of these (compared as text). */
    static Rule oneOf(Collection<?> allowed) {
        Set<String> texts = new TreeSet<>();
        allowed.forEach(a -> texts.add(a.toString()));
        return v -> v == null || texts.contains(v.toString()) ? null : "must be one of " + texts;
    }

    static Rule oneOf(Object... allowed) {
        return oneOf(List.of(allowed));
    }

    /** Length in characters (a text) or elements (a collection). */
    static Rule length(int min, int max) {
        return v -> {
            if (v == null) {
                return null;
            }
            int length = v instanceof Collection<?> c ? c.size() : v.toString().length();
            if (length >= min && length <= max) {
                return null;
            }
            String unit = v instanceof Collection<?> ? " items" : " characters";
            return min == max ? "must be " + min + unit
                    : min == 0 ? "must be at most " + max + unit : "must be " + min + "-" + max + unit;
        };
    }

    /** A collection none of whose items repeats (a vendor that refuses a whole bulk call for one repeated id). */
    static Rule distinct() {
        return v -> {
            Set<Object> seen = new HashSet<>();
            for (Object item : v instanceof Collection<?> c ? c : List.of()) {
                if (!seen.add(item)) {
                    return "must not repeat " + item;
                }
            }
            return null;
        };
    }

    /** A collection without null items (an empty element of a JSON array). */
    static Rule noEmptyItem() {
        return v -> v instanceof Collection<?> c && c.stream().anyMatch(Objects::isNull) ? "must not hold an empty item"
                : null;
    }

    /** A number (or numeric text) from min to max, inclusive. */
    static Rule range(long min, long max) {
        return v -> {
            if (v == null) {
                return null;
            }
            String bounds = max == Long.MAX_VALUE ? min + " or more" : min + "-" + max;
            try {
                long n = v instanceof Number number ? number.longValue() : Long.parseLong(v.toString().trim());
                return n >= min && n <= max ? null : "must be " + bounds;
            } catch (NumberFormatException e) {
                return "must be a number " + bounds;
            }
        };
    }

    /** The whole text matches {@code regex}; {@code description} says what that means to a user. */
    static Rule pattern(String regex, String description) {
        Pattern p = Pattern.compile(regex);
        return v -> v == null || p.matcher(v.toString()).matches() ? null : description;
    }

    /**
     * A date: a java.time value (or a {@code java.util.Date}), or text, trimmed, matching {@code regex} (the vendor's
     * form, which {@code form} names: {@code a yyyyMMddTHHmmss date such as 20240131T235959}).
     */
    static Rule date(String regex, String form) {
        Pattern p = Pattern.compile(regex);
        return v -> v == null || IsoDates.isDate(v) || p.matcher(v.toString().trim()).matches() ? null
                : "must be a java.time value or " + form;
    }

    static Rule email() {
        return pattern("[^@\\s]+@[^@\\s]+\\.[^@\\s]+", "must be an email address");
    }

    static Rule httpsUrl() {
        return v -> v == null || v.toString().startsWith("https://") && v.toString().length() > 8
                ? null : "must be an https:// URL";
    }

    /** Text a {@code java.time} pattern reads whole ({@code uuuu-MM-dd'T'HH:mm:ss}); {@code description} says which. */
    static Rule dateTime(String pattern, String description) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(pattern);
        return v -> {
            if (v == null) {
                return null;
            }
            try {
                format.parse(v.toString());
                return null;
            } catch (DateTimeParseException e) {
                return description;
            }
        };
    }

    /** The value when it follows this rule; else refused as bad input, named {@code field} (a builder's argument). */
    default <V> V check(String field, V value) {
        String violation = violation(value);
        if (violation != null) {
            throw new MarTechInvalidInputException(field, violation);
        }
        return value;
    }

    /** This rule with the vendor's own words when it is broken ("at least one recipient is required"). */
    default Rule saying(String violation) {
        return v -> violation(v) == null ? null : violation;
    }

    /** Passes when this rule or {@code other} does (a validity in seconds or a date), else says this rule's words. */
    default Rule or(Rule other) {
        return v -> other.violation(v) == null ? null : violation(v);
    }

    /** This rule, then {@code next} when this one passes. */
    default Rule and(Rule next) {
        return v -> {
            String violation = violation(v);
            return violation != null ? violation : next.violation(v);
        };
    }
}
