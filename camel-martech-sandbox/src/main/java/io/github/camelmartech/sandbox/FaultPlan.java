package io.github.camelmartech.sandbox;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Faults to answer instead of the next requests, in order: throttling (429) or unavailability (503) with the
 * {@code Retry-After} the vendor would send, or any other status. The answer body is the vendor's error body.
 */
public final class FaultPlan {

    /** One planned fault. */
    public record Fault(int status, Duration retryAfter) {
    }

    private final Deque<Fault> planned = new ArrayDeque<>();

    /** The next {@code times} requests get 429 with {@code Retry-After} in whole seconds. */
    public FaultPlan throttle(int times, Duration retryAfter) {
        return inject(times, 429, retryAfter);
    }

    /** The next {@code times} requests get 503 with {@code Retry-After} in whole seconds. */
    public FaultPlan unavailable(int times, Duration retryAfter) {
        return inject(times, 503, retryAfter);
    }

    /** The next {@code times} requests get {@code status}; {@code retryAfter} may be null. */
    public synchronized FaultPlan inject(int times, int status, Duration retryAfter) {
        if (times < 1 || status < 400 || status > 599) {
            throw new IllegalArgumentException("times must be positive and status an error status");
        }
        for (int i = 0; i < times; i++) {
            planned.add(new Fault(status, retryAfter));
        }
        return this;
    }

    public synchronized void clear() {
        planned.clear();
    }

    synchronized Fault next() {
        return planned.poll();
    }
}
