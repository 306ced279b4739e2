package io.github.camelmartech.support.retry;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.github.camelmartech.support.error.ApiError;
import io.github.camelmartech.support.error.ErrorKind;
import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.ApiResponse;

/**
 * When to try a call again, the same for every vendor.
 * <ul>
 * <li>Refusals are retried: 429, a vendor code that means the same ({@link ApiError#retryable()}), and 503 with a
 * {@code Retry-After}. The vendor said it did not take the request, so even a send is safe to repeat.</li>
 * <li>A bare 503 is retried only for idempotent requests: an intermediary may have passed the request on.</li>
 * <li>The wait is the one the vendor asked for ({@code Retry-After}, a reset header, or the body); a wait above
 * {@code retryAfterMax} is not slept at all (the call fails at once with the wait in the exception), so a
 * {@code Retry-After: 3600} never blocks a route for an hour. Without a wait: exponential backoff with jitter.</li>
 * <li>Connection failures are retried when the request had not started to leave, or when it is idempotent.
 * A non-idempotent request that may have reached the vendor is never repeated unless {@code retryNonIdempotent}
 * is set: a duplicated SMS costs money.</li>
 * </ul>
 */
public final class RetryPolicy {

    /** A verdict: retry after {@code delay}, or stop. */
    public record Decision(boolean retry, Duration delay) {
        static final Decision STOP = new Decision(false, Duration.ZERO);

        static Decision after(Duration delay) {
            return new Decision(true, delay);
        }
    }

    private final int maxRetries;
    private final Duration retryAfterMax;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final boolean retryNonIdempotent;
    private final List<String> resetHeaders;
    private final Clock clock;

    private RetryPolicy(Builder b) {
        this.maxRetries = b.maxRetries;
        this.retryAfterMax = b.retryAfterMax;
        this.initialBackoff = b.initialBackoff;
        this.maxBackoff = b.maxBackoff;
        this.retryNonIdempotent = b.retryNonIdempotent;
        this.resetHeaders = List.copyOf(b.resetHeaders);
        this.clock = b.clock;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int maxRetries() {
        return maxRetries;
    }

    /** The wait the vendor asked for in this error response, or null. */
    public Duration askedWait(ApiResponse response, ApiError error) {
        if (error.retryAfter() != null) {
            return error.retryAfter();
        }
        Duration wait = RetryAfter.parse(response.header("Retry-After"), clock);
        for (int i = 0; wait == null && i < resetHeaders.size(); i++) {
            wait = RetryAfter.parse(response.header(resetHeaders.get(i)), clock);
        }
        return wait;
    }

    /** Whether the error is a refusal the vendor expects to be retried later. */
    public static boolean isRefusal(ApiError error) {
        return error.status() == 429 || error.retryable() || error.kind() == ErrorKind.RATE_LIMITED;
    }

    /** After an error response; {@code retriesDone} counts the retries already made for this call. */
    public Decision onErrorResponse(ApiRequest request, ApiError error, Duration askedWait, int retriesDone) {
        // a 503 the vendor's decoder says is the request's own fault (APSIS Code -7) is no unavailable server
        boolean serviceUnavailable = error.status() == 503 && error.kind() != ErrorKind.VALIDATION;
        boolean refusal = isRefusal(error) || serviceUnavailable && askedWait != null;
        boolean unavailable = serviceUnavailable && (request.isIdempotent() || retryNonIdempotent);
        if (!(refusal || unavailable) || retriesDone >= maxRetries) {
            return Decision.STOP;
        }
        if (askedWait != null) {
            return askedWait.compareTo(retryAfterMax) > 0 ? Decision.STOP : Decision.after(askedWait);
        }
        return Decision.after(backoff(retriesDone));
    }

    /** After an I/O failure; {@code mayHaveBeenSent} is false only when no request byte was written. */
    public Decision onConnectionFailure(ApiRequest request, boolean mayHaveBeenSent, int retriesDone) {
        boolean safe = !mayHaveBeenSent || request.isIdempotent() || retryNonIdempotent;
        return safe && retriesDone < maxRetries ? Decision.after(backoff(retriesDone)) : Decision.STOP;
    }

    /** Exponential backoff with "equal jitter": half the step fixed, half random; capped by maxBackoff and retryAfterMax. */
    Duration backoff(int retriesDone) {
        long base = initialBackoff.toMillis() << Math.min(retriesDone, 20);
        long capped = Math.min(base, Math.min(maxBackoff.toMillis(), retryAfterMax.toMillis()));
        long half = capped / 2;
        return Duration.ofMillis(half + (half > 0 ? ThreadLocalRandom.current().nextLong(half + 1) : 0));
    }

    public static final class Builder {
        private int maxRetries = 3;
        private Duration retryAfterMax = Duration.ofSeconds(60);
        private Duration initialBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(30);
        private boolean retryNonIdempotent;
        private List<String> resetHeaders = List.of("X-RateLimit-Reset", "RateLimit-Reset");
        private Clock clock = Clock.systemUTC();

        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must be >= 0");
            }
            this.maxRetries = maxRetries;
            return this;
        }

        public Builder retryAfterMax(Duration retryAfterMax) {
            this.retryAfterMax = retryAfterMax;
            return this;
        }

        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
            return this;
        }

        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
            return this;
        }

        public Builder retryNonIdempotent(boolean retryNonIdempotent) {
            this.retryNonIdempotent = retryNonIdempotent;
            return this;
        }

        /** Headers read for a wait when there is no {@code Retry-After}, in order (vendor-specific names). */
        public Builder resetHeaders(List<String> resetHeaders) {
            this.resetHeaders = resetHeaders;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public RetryPolicy build() {
            return new RetryPolicy(this);
        }
    }
}
