package io.github.camelmartech.support.retry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.hc.client5.http.utils.DateUtils;

/**
 * Reads a wait from {@code Retry-After} or a rate-limit reset header: delta seconds ({@code 120}, {@code 1.5}, and
 * the {@code "513 seconds"} form seen from GetResponse), an HTTP date, or epoch seconds (some reset headers).
 */
public final class RetryAfter {

    private static final Pattern SECONDS = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?:s|sec|secs|seconds?)?",
            Pattern.CASE_INSENSITIVE);
    /** Numbers above this are instants (epoch seconds), not waits: 10^9 s is 31 years. */
    private static final long EPOCH_SECONDS_THRESHOLD = 1_000_000_000L;

    private RetryAfter() {
    }

    /** The wait, never negative, or null when the value is not understood. */
    public static Duration parse(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        Matcher m = SECONDS.matcher(trimmed);
        if (m.matches()) {
            double seconds = Double.parseDouble(m.group(1));
            if (seconds >= EPOCH_SECONDS_THRESHOLD) {
                return until(Instant.ofEpochSecond((long) seconds), clock);
            }
            return Duration.ofMillis((long) Math.ceil(seconds * 1000));
        }
        Instant date = DateUtils.parseStandardDate(trimmed);
        return date != null ? until(date, clock) : null;
    }

    private static Duration until(Instant instant, Clock clock) {
        Duration d = Duration.between(clock.instant(), instant);
        return d.isNegative() ? Duration.ZERO : d;
    }
}
