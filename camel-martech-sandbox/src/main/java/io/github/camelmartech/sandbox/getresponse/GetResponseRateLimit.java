package io.github.camelmartech.sandbox.getresponse;

import java.time.Clock;

import io.github.camelmartech.sandbox.SimResponse;

/**
 * GetResponse's rate-limit headers, on every answer: {@code X-RateLimit-Limit} (calls per 10-minute time frame,
 * 30,000), {@code X-RateLimit-Remaining} and {@code X-RateLimit-Reset} (seconds left in the frame, written
 * {@code "N seconds"} as GetResponse was seen to send it). The limit is only counted, not enforced: plan a 429 with
 * {@code faults().throttle(...)}.
 */
final class GetResponseRateLimit {

    private static final long FRAME_MILLIS = 600_000;
    private static final int LIMIT = 30_000;

    private final Clock clock;
    private long frameStart;
    private int used;

    GetResponseRateLimit(Clock clock) {
        this.clock = clock;
        this.frameStart = clock.millis();
    }

    int limit() {
        return LIMIT;
    }

    /** Counts an authenticated call. */
    synchronized void count() {
        roll();
        used++;
    }

    synchronized long secondsToReset() {
        roll();
        return Math.max(1, (frameStart + FRAME_MILLIS - clock.millis() + 999) / 1000);
    }

    synchronized SimResponse headers(SimResponse response) {
        roll();
        return response.header("X-RateLimit-Limit", Integer.toString(LIMIT))
                .header("X-RateLimit-Remaining", Integer.toString(Math.max(0, LIMIT - used)))
                .header("X-RateLimit-Reset", secondsToReset() + " seconds");
    }

    synchronized void clear() {
        frameStart = clock.millis();
        used = 0;
    }

    private void roll() {
        long now = clock.millis();
        if (now - frameStart >= FRAME_MILLIS) {
            frameStart = now - (now - frameStart) % FRAME_MILLIS;
            used = 0;
        }
    }
}
