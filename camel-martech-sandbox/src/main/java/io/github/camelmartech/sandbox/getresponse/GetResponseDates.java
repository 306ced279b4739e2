package io.github.camelmartech.sandbox.getresponse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import io.github.camelmartech.sandbox.SimulatorException;

/**
 * GetResponse's dates: ISO-8601 to the second with a {@code +0000} offset, in UTC unless the request names another
 * zone in {@code X-Time-Zone}. Query dates are read as a day ({@code 2024-01-31}) or a date-time with or without an
 * offset ({@code +0000}, {@code +00:00}, {@code Z}); without one, in the request's zone.
 */
final class GetResponseDates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx");
    private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS][XXX][XX][X]");

    private GetResponseDates() {
    }

    static String format(Instant instant, ZoneId zone) {
        return FORMAT.format(instant.atZone(zone));
    }

    static Instant parse(String stored) {
        return OffsetDateTime.parse(stored, WITH_OFFSET).toInstant();
    }

    /** The request's zone ({@code X-Time-Zone}, a TZ name), UTC by default; an unknown name is refused. */
    static ZoneId zone(String header) {
        if (header == null || header.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(header.trim());
        } catch (DateTimeException e) {
            throw new SimulatorException(400, GetResponseErrors.BAD_HEADERS, "X-Time-Zone", "is not a time zone name: " + header);
        }
    }

    /** A query bound; a bare day is its first second for {@code from}, its last for {@code to}. */
    static Instant parseBound(String field, String value, boolean upper, ZoneId zone) {
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return upper ? day.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1) : day.atStartOfDay(zone).toInstant();
            }
            try {
                return OffsetDateTime.parse(value, WITH_OFFSET).toInstant();
            } catch (DateTimeParseException noOffset) {
                return LocalDateTime.parse(value).atZone(zone).toInstant();
            }
        } catch (DateTimeParseException e) {
            throw new SimulatorException(400, GetResponseErrors.WRONG_FORMAT, field,
                    "must be a date (2024-01-31) or a date-time (2024-01-31T10:00:00+0000), not " + value);
        }
    }
}
