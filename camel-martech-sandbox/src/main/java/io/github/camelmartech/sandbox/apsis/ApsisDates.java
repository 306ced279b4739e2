package io.github.camelmartech.sandbox.apsis;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import io.github.camelmartech.sandbox.SimulatorException;

/**
 * APSIS's two date forms: requests carry {@code yyyyMMddTHHmmss} (account local time, no offset); responses carry
 * the Microsoft JSON date {@code /Date(1015286583000+0800)/}, epoch milliseconds then the server's offset.
 */
final class ApsisDates {

    private static final DateTimeFormatter REQUEST = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xx");

    private ApsisDates() {
    }

    /** {@code /Date(ms+zzzz)/} with the offset {@code zone} has at that instant. */
    static String microsoft(Instant instant, ZoneId zone) {
        ZoneOffset offset = zone.getRules().getOffset(instant);
        return "/Date(" + instant.toEpochMilli() + OFFSET.format(offset) + ")/";
    }

    /** A {@code yyyyMMddTHHmmss} path or body value read in {@code zone}; anything else is APSIS's -2. */
    static Instant parseRequestDate(String field, String text, ZoneId zone) {
        try {
            return LocalDateTime.parse(text, REQUEST).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw SimulatorException.badRequest(field, "must be a date as yyyyMMddTHHmmss, not " + text);
        }
    }
}
