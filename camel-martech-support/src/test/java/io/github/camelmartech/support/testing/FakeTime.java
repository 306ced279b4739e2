package io.github.camelmartech.support.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.camelmartech.support.retry.Sleeper;

/**
 * A clock that only moves when the code under test sleeps on it, or when a test moves it, recording each sleep:
 * throttles, job waits and token lifetimes are tested without waiting.
 */
public final class FakeTime extends Clock implements Sleeper {

    /** The pauses slept, in order. */
    public final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
    private Instant now;

    public FakeTime() {
        this(Instant.parse("2024-01-01T00:00:00Z"));
    }

    public FakeTime(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        now = now.plus(duration);
    }

    /** Moves the clock as time passing outside the code under test would. */
    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** This clock as the sleeper of the code under test. */
    public Sleeper sleeper() {
        return this;
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
