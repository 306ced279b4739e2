package io.github.camelmartech.sandbox;

import java.time.Clock;
import java.time.Instant;

/**
 * Record timestamps that only move forward, one millisecond at least per record: two records written in the same
 * millisecond still sort apart, which only-new polling relies on.
 */
public final class SimClock {

    private final Clock clock;
    private long last;

    public SimClock(Clock clock) {
        this.clock = clock;
    }

    public synchronized long nextMillis() {
        last = Math.max(clock.millis(), last + 1);
        return last;
    }

    public Instant nextInstant() {
        return Instant.ofEpochMilli(nextMillis());
    }
}
