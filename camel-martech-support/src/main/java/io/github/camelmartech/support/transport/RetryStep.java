package io.github.camelmartech.support.transport;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Supplier;

import io.github.camelmartech.support.error.ApiError;
import io.github.camelmartech.support.error.MarTechApiException;
import io.github.camelmartech.support.error.MarTechTransportException;
import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.ApiResponse;
import io.github.camelmartech.support.http.SecretMasker;
import io.github.camelmartech.support.retry.RetryPolicy;
import io.github.camelmartech.support.retry.Sleeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outermost step: runs the rest of the chain again where the {@link RetryPolicy} allows it (the vendor refused
 * and said when to come back; the request had not left; it is idempotent), waits as the policy says, and turns the
 * final failure into the typed exception callers see, with every known secret masked.
 */
public final class RetryStep implements TransportStep {

    private static final Logger LOG = LoggerFactory.getLogger(RetryStep.class);

    private final String vendor;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Supplier<SecretMasker> masker;

    public RetryStep(String vendor, RetryPolicy policy, Sleeper sleeper, Supplier<SecretMasker> masker) {
        this.vendor = vendor;
        this.policy = policy;
        this.sleeper = sleeper;
        this.masker = masker;
    }

    @Override
    public ApiResponse proceed(ApiRequest request, Chain next) {
        int retries = 0;
        while (true) {
            RetryPolicy.Decision decision;
            try {
                return next.proceed(request);
            } catch (SendFailure failure) {
                decision = policy.onConnectionFailure(request, failure.mayHaveReachedVendor(), retries);
                LOG.debug("{} {} failed ({}), sent={}, retry={}", vendor, request,
                        failure.getCause().getClass().getSimpleName(), failure.mayHaveReachedVendor(), decision.retry());
                if (!decision.retry()) {
                    throw transportFailure(request, failure);
                }
            } catch (IOException e) {
                // a step before the send failed (a throttle interrupted, a body that cannot be signed): nothing left
                throw transportFailure(request, new SendFailure(e, false));
            } catch (ErrorResponse answer) {
                Duration asked = policy.askedWait(answer.response(), answer.error());
                decision = policy.onErrorResponse(request, answer.error(), asked, retries);
                LOG.debug("{} {} answered {}, retry={} after {}", vendor, request, answer.response().status(),
                        decision.retry(), decision.delay());
                if (!decision.retry()) {
                    throw toException(answer.error(), asked);
                }
            }
            pause(decision.delay(), request);
            retries++;
        }
    }

    private MarTechApiException toException(ApiError error, Duration asked) {
        SecretMasker m = masker.get();
        ApiError.Builder masked = error.toBuilder().vendorMessage(m.mask(error.vendorMessage()));
        error.details().forEach((k, v) -> masked.detail(k, m.maskValue(v)));
        if (error.retryAfter() == null && asked != null) {
            masked.retryAfter(asked);
        }
        return MarTechApiException.of(vendor, masked.build());
    }

    private MarTechTransportException transportFailure(ApiRequest request, SendFailure failure) {
        IOException e = failure.getCause();
        boolean mayHaveBeenSent = failure.mayHaveReachedVendor();
        String message = vendor + " " + request + " failed: " + e.getClass().getSimpleName() + ": "
                         + masker.get().mask(e.getMessage())
                         + (mayHaveBeenSent && !request.isIdempotent()
                                 ? " (the request may have reached " + vendor + "; not retried)" : "");
        return new MarTechTransportException(message, mayHaveBeenSent, e);
    }

    private void pause(Duration delay, ApiRequest request) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MarTechTransportException(vendor + " " + request + " interrupted while waiting to retry", false, e);
        }
    }
}
