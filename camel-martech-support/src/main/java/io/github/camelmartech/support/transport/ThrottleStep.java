package io.github.camelmartech.support.transport;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.ApiResponse;
import io.github.camelmartech.support.retry.Sleeper;

/**
 * A sliding-window limit on requests (a vendor's documented "60 a minute per integration"): a request that would be
 * one more than {@code permits} within {@code period} waits until the oldest one leaves the window. Keeping under a
 * vendor's limit avoids its rate-limit answers and the penalties some vendors apply to clients that exceed it.
 *
 * <p>A vendor step of the transport chain, before signing: it runs for every attempt (a retry waits its turn too)
 * and only for requests to the API's origin, so a file fetched from another host the vendor names is not counted.
 * The send step leases a pooled connection after it, so a throttled request holds none. A vendor that counts per
 * credential shares one step among its endpoints through {@link Throttles}.
 */
public final class ThrottleStep implements TransportStep {

    private final int permits;
    private final Duration period;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Deque<Instant> sent = new ArrayDeque<>();

    /** {@code permits} of 0 or less turns the limit off. */
    public ThrottleStep(int permits, Duration period, Clock clock, Sleeper sleeper) {
        this.permits = permits;
        this.period = period;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    @Override
    public ApiResponse proceed(ApiRequest request, Chain next) throws IOException {
        try {
            acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while throttled");
        }
        return next.proceed(request);
    }

    /** Blocks until one more request fits in the window. Synchronized: waiting callers queue in turn. */
    synchronized void acquire() throws InterruptedException {
        if (permits <= 0) {
            return;
        }
        while (true) {
            Instant now = clock.instant();
            Instant windowStart = now.minus(period);
            while (!sent.isEmpty() && !sent.peekFirst().isAfter(windowStart)) {
                sent.pollFirst();
            }
            if (sent.size() < permits) {
                sent.addLast(now);
                return;
            }
            sleeper.sleep(Duration.between(windowStart, sent.peekFirst()));
        }
    }
}
