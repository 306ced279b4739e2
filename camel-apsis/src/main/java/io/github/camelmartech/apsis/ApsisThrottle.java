package io.github.camelmartech.apsis;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;

import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.ApiResponse;
import io.github.camelmartech.support.retry.Sleeper;
import io.github.camelmartech.support.transport.TransportStep;

/**
 * A sliding-window limit on requests to APSIS (60 a minute per integration by its terms of usage): a request that
 * would be the 61st within a minute waits until the oldest one leaves the window. Keeping under the limit avoids
 * the -9 rate-limit answers and the temporary disabling APSIS applies to integrations that exceed it.
 *
 * <p>A vendor step of the transport chain, before signing: it runs for every attempt (a retry waits its turn too)
 * and only for requests to the API's origin, so a PollURL or DataUrl file on another host is not counted, as APSIS
 * does not count it. The send step leases a pooled connection after it, so a throttled request holds none.
 */
final class ApsisThrottle implements TransportStep {

    private final int permits;
    private final Duration period;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Deque<Instant> sent = new ArrayDeque<>();

    ApsisThrottle(int permits, Duration period, Clock clock, Sleeper sleeper) {
        this.permits = permits;
        this.period = period;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** The map key of a throttle: a digest of the API key, never the key itself. */
    static String key(String apiKey, int permits, long periodMillis) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(apiKey).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest) + "/" + permits + "/" + periodMillis;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
