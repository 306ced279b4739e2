package io.github.camelmartech.apsis;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.camelmartech.support.error.MarTechInvalidInputException;

/**
 * APSIS's two date formats: {@code yyyyMMddTHHmmss} in URLs and request bodies, and the Microsoft JSON date
 * {@code /Date(1015286583000+0800)/} (epoch milliseconds, then the server's offset) in responses.
 */
final class ApsisDates {

    /** The pattern of dates sent to APSIS, for {@code @JsonFormat} on request models. */
    static final String PATTERN = "yyyyMMdd'T'HHmmss";
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern(PATTERN);
    private static final Pattern SENT = Pattern.compile("\\d{8}T\\d{6}");
    private static final Pattern MICROSOFT = Pattern.compile("/Date\\((-?\\d+)([+-]\\d{4})?\\)/");

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

    /** Parses a response date: the Microsoft form, ISO-8601 with or without offset (UTC), or yyyyMMddTHHmmss. */
    static OffsetDateTime parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher ms = MICROSOFT.matcher(text.replace("\\/", "/").trim());
        if (ms.matches()) {
            ZoneOffset offset = ms.group(2) == null ? ZoneOffset.UTC : ZoneOffset.of(ms.group(2));
            return Instant.ofEpochMilli(Long.parseLong(ms.group(1))).atOffset(offset);
        }
        if (SENT.matcher(text).matches()) {
            return LocalDateTime.parse(text, FORMAT).atOffset(ZoneOffset.UTC);
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
        }
    }

    /** Jackson: response dates in any of the forms {@link #parse} reads. */
    static final class Deserializer extends StdDeserializer<OffsetDateTime> {

        Deserializer() {
            super(OffsetDateTime.class);
        }

        @Override
        public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getValueAsString();
            try {
                return parse(text);
            } catch (DateTimeParseException | NumberFormatException e) {
                return (OffsetDateTime) ctxt.handleWeirdStringValue(OffsetDateTime.class, text,
                        "not an APSIS date (/Date(ms+zzzz)/, ISO-8601 or yyyyMMddTHHmmss)");
            }
        }
    }
}
