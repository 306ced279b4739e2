package io.github.camelmartech.sandbox.apsis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import io.github.camelmartech.sandbox.SimResponse;

/**
 * APSIS's terms allow 60 requests a minute per integration; over that it answers Code -9 with HTTP 429 and no
 * rate-limit headers. Off unless a test asks for it, so tests and examples stay fast: a sliding one-minute window.
 */
final class ApsisRateLimit {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final Clock clock;
    private final Deque<Instant> admitted = new ArrayDeque<>();
    private int perMinute;

    ApsisRateLimit(Clock clock) {
        this.clock = clock;
    }

    /** Enforces {@code perMinute} requests a minute; 0 turns it off. */
    synchronized void enforce(int perMinute) {
        if (perMinute < 0) {
            throw new IllegalArgumentException("perMinute must not be negative");
        }
        this.perMinute = perMinute;
        admitted.clear();
    }

    /** Counts the request, or refuses it when it would exceed the limit (refused ones do not count). */
    synchronized Optional<SimResponse> admit() {
        if (perMinute == 0) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        while (!admitted.isEmpty() && !admitted.peekFirst().isAfter(now.minus(WINDOW))) {
            admitted.pollFirst();
        }
        if (admitted.size() >= perMinute) {
            return Optional.of(ApsisEnvelope.refusal(ApsisCode.RATE_LIMIT, ApsisCode.RATE_LIMIT.title
                                                                           + ": at most " + perMinute + " requests a minute"));
        }
        admitted.addLast(now);
        return Optional.empty();
    }

    synchronized void clear() {
        perMinute = 0;
        admitted.clear();
    }
}
