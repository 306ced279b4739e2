package io.github.camelmartech.support.transport;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.camelmartech.support.auth.Digests;
import io.github.camelmartech.support.retry.Sleeper;

/**
 * A component's throttles, one per credential and limit, for vendors that count requests per credential (an
 * integration's API key), not per endpoint: every endpoint with the same key and limit shares one
 * {@link ThrottleStep}. The map is keyed by a digest of the credential, never the credential itself.
 */
public final class Throttles {

    private final Map<String, ThrottleStep> throttles = new ConcurrentHashMap<>();

    /** The throttle of a credential and limit, shared by every caller that names them. */
    public ThrottleStep of(String credential, int permits, Duration period, Clock clock, Sleeper sleeper) {
        return throttles.computeIfAbsent(key(credential, permits, period.toMillis()),
                k -> new ThrottleStep(permits, period, clock, sleeper));
    }

    /** The map key of a throttle: a digest of the credential, never the credential itself. */
    static String key(String credential, int permits, long periodMillis) {
        return Digests.hex("SHA-256", String.valueOf(credential).getBytes(StandardCharsets.UTF_8)) + "/" + permits + "/"
               + periodMillis;
    }
}
