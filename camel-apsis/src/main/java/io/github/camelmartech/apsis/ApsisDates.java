package io.github.camelmartech.apsis;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.regex.Pattern;

import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.json.IsoDates;
import io.github.camelmartech.support.operation.Rule;

/**
 * APSIS's two date formats: {@code yyyyMMddTHHmmss} in URLs and request bodies, and the Microsoft JSON date
 * {@code /Date(1015286583000+0800)/} (epoch milliseconds, then the server's offset) in responses, which the models
 * read through the suite's {@code @IsoDate} (and write as ISO-8601).
 */
final class ApsisDates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final Pattern SENT = Pattern.compile("\\d{8}T\\d{6}");

    /** What a date sent to APSIS may be: a java.time value (or a Date), or text already in APSIS's form. */
    static final Rule RULE = v -> v == null || v instanceof LocalDateTime || v instanceof LocalDate
            || v instanceof OffsetDateTime || v instanceof ZonedDateTime || v instanceof Instant || v instanceof Date
            || SENT.matcher(v.toString().trim()).matches()
            ? null : "must be a java.time value or a yyyyMMddTHHmmss date such as 20240131T235959";

    private ApsisDates() {
    }

    /**
     * A date for a URL or body: java.time values are written in {@code zone} when they carry an instant; a String
     * must already be {@code yyyyMMddTHHmmss}.
     */
    static String format(String field, Object value, ZoneId zone) {
        String violation = RULE.violation(value);
        if (violation != null) {
            throw new MarTechInvalidInputException(field, violation);
        }
        if (value instanceof LocalDateTime local) {
            return local.format(FORMAT);
        }
        if (value instanceof LocalDate date) {
            return date.atStartOfDay().format(FORMAT);
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(zone).format(FORMAT);
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(zone).format(FORMAT);
        }
        if (value instanceof Instant instant) {
            return instant.atZone(zone).format(FORMAT);
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(zone).format(FORMAT);
        }
        return value.toString().trim();
    }

    /** The zone of the {@code timeZone} option (UTC when unset). */
    static ZoneId zone(Object timeZone) {
        String id = timeZone == null ? "" : timeZone.toString();
        try {
            return ZoneId.of(id.isBlank() ? "UTC" : id);
        } catch (RuntimeException e) {
            throw new MarTechInvalidInputException("timeZone", "must be a time zone id such as UTC or Europe/Stockholm",
                    "option timeZone");
        }
    }

    /**
     * Parses a response date: the Microsoft form, ISO-8601 with or without offset (UTC), or yyyyMMddTHHmmss; the model
     * properties read the same forms through {@code @IsoDate}.
     */
    static OffsetDateTime parse(String text) {
        return text == null || text.isBlank() ? null : IsoDates.parse(text, OffsetDateTime.class);
    }
}
