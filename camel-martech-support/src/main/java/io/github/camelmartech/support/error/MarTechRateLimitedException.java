package io.github.camelmartech.support.error;

import java.time.Duration;

/**
 * 429 or a vendor's "slow down" code, when retrying did not help or the wait asked for is longer than
 * {@code retryAfterMax}. {@link #getRetryAfter()} is the wait the vendor asked for, so a route can reschedule.
 */
public class MarTechRateLimitedException extends MarTechApiException {

    private final Duration retryAfter;

    public MarTechRateLimitedException(String vendor, ApiError error, Duration retryAfter) {
        super(vendor, error);
        this.retryAfter = retryAfter;
    }

    /** The wait the vendor asked for, or null when it did not say. */
    public Duration getRetryAfter() {
        return retryAfter;
    }
}
