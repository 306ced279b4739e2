package io.github.camelmartech.apsis;

import io.github.camelmartech.support.auth.BasicAuth;
import io.github.camelmartech.support.auth.OutgoingRequest;

/**
 * HTTP Basic with the API key as user name and an empty password, applied after the throttle admitted the
 * request. The interceptor runs before a pooled connection is leased, so a throttled request holds none. The
 * transport calls auth only for requests to the API host, so what is throttled is exactly what
 * APSIS counts; PollURL and DataUrl files on another host are neither throttled nor given the key.
 */
final class ApsisAuth extends BasicAuth {

    private final ApsisThrottle throttle;

    ApsisAuth(String apiKey, ApsisThrottle throttle) {
        super(apiKey, "", "apiKey");
        this.throttle = throttle;
    }

    @Override
    protected void authenticate(OutgoingRequest request) {
        try {
            throttle.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while throttled", e);
        }
        super.authenticate(request);
    }
}
