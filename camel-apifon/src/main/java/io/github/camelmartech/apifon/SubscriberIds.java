package io.github.camelmartech.apifon;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import io.github.camelmartech.support.auth.Digests;
import io.github.camelmartech.support.operation.Rule;

/**
 * The {@code lookup_md5} that addresses a subscriber: its {@code destination_id} or {@code email_id}, which the
 * reference defines as the MD5 hash of the destination or email. A value that already is an MD5 is used as is;
 * otherwise it is computed (lower-case hex) from the destination as Apifon stores it (digits only: the examples
 * show {@code +306999999999} sent and {@code 306999999999} returned) or from the email trimmed and lower-cased.
 */
final class SubscriberIds {

    private static final Pattern MD5 = Pattern.compile("[0-9a-fA-F]{32}");

    /** What can name a subscriber: a lookup MD5, an email, or a number. */
    static final Rule LOOKUP = v -> {
        String value = v.toString().trim();
        return MD5.matcher(value).matches() || value.contains("@") || digits(value).matches("[0-9]{4,20}") ? null
                : "must be a lookup MD5 (destination_id or email_id), a destination number or an email";
    };

    private SubscriberIds() {
    }

    /** The lookup MD5 of a value {@link #LOOKUP} accepts. */
    static Object lookup(Object subscriber) {
        String value = subscriber.toString().trim();
        if (MD5.matcher(value).matches()) {
            return value.toLowerCase(Locale.ROOT);
        }
        return md5(value.contains("@") ? value.toLowerCase(Locale.ROOT) : digits(value));
    }

    static String md5(String text) {
        return Digests.hex("MD5", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String digits(String number) {
        return number.replaceAll("[\\s()+.-]", "");
    }
}
