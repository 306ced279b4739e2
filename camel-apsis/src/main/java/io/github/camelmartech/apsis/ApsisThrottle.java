package io.github.camelmartech.apsis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;

import io.github.camelmartech.support.retry.Sleeper;

/**
 * A sliding-window limit on requests to APSIS (60 a minute per integration by its terms of usage): a request that
 * would be the 61st within a minute waits until the oldest one leaves the window. Keeping under the limit avoids
 * the -9 rate-limit answers and the temporary disabling APSIS applies to integrations that exceed it.
 */
final class ApsisThrottle {

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
