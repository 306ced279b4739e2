package io.github.camelmartech.apsis;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import io.github.camelmartech.support.json.IsoDates;
import io.github.camelmartech.support.operation.Rule;

/**
 * APSIS's two date formats: {@code yyyyMMddTHHmmss} in URLs and request bodies, and the Microsoft JSON date
 * {@code /Date(1015286583000+0800)/} (epoch milliseconds, then the server's offset) in responses, which the models
 * read through the suite's {@code @IsoDate} (and write as ISO-8601).
 */
final class ApsisDates {

    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    /** What a date sent to APSIS may be: a java.time value (or a Date), or text already in APSIS's form. */
    static final Rule RULE = Rule.date("\\d{8}T\\d{6}", "a yyyyMMddTHHmmss date such as 20240131T235959");

    private ApsisDates() {
    }

    /**
     * A date for a URL or body: java.time values are written in {@code zone} when they carry an instant; a String
     * must already be {@code yyyyMMddTHHmmss}.
     */
    static String format(String field, Object value, ZoneId zone) {
        return IsoDates.format(RULE.check(field, value), FORMAT, zone);
    }

    /**
     * Parses a response date: the Microsoft form, ISO-8601 with or without offset (UTC), or yyyyMMddTHHmmss; the model
     * properties read the same forms through {@code @IsoDate}.
     */
    static OffsetDateTime parse(String text) {
        return text == null || text.isBlank() ? null : IsoDates.parse(text, OffsetDateTime.class);
    }
}
