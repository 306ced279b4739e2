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

/**
 * APSIS's two date formats: {@code yyyyMMddTHHmmss} in URLs and request bodies, and the Microsoft JSON date
 * {@code /Date(1015286583000+0800)/} (epoch milliseconds, then the server's offset) in responses, which the models
 * read through the suite's {@code @IsoDate} (and write as ISO-8601).
 */
final class ApsisDates {

    /** The pattern of dates sent to APSIS, for {@code @JsonFormat} on request models. */
    static final String PATTERN = "yyyyMMdd'T'HHmmss";
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern(PATTERN);
    private static final Pattern SENT = Pattern.compile("\\d{8}T\\d{6}");

    private ApsisDates() {
    }

    /**
     * A date for a URL or body: java.time values are written in {@code zone} when they carry an instant; a String
     * must already be {@code yyyyMMddTHHmmss}.
     */
    static String format(String field, Object value, ZoneId zone) {
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
        String text = String.valueOf(value).trim();
        if (!SENT.matcher(text).matches()) {
            throw new MarTechInvalidInputException(field, "must be a java.time value or a yyyyMMddTHHmmss date"
                                                          + " such as 20240131T235959");
        }
        return text;
    }

    /**
     * Parses a response date: the Microsoft form, ISO-8601 with or without offset (UTC), or yyyyMMddTHHmmss; the model
     * properties read the same forms through {@code @IsoDate}.
     */
    static OffsetDateTime parse(String text) {
        return text == null || text.isBlank() ? null : IsoDates.parse(text, OffsetDateTime.class);
    }
}
