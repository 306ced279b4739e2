package io.github.camelmartech.support.transport;

import java.io.IOException;

import io.github.camelmartech.support.auth.MarTechAuth;
import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.ApiResponse;

/**
 * Sends a request once more when the vendor rejected its credentials and the auth could renew them (a revoked
 * token): a credential rejection means the vendor refused before processing, so even a send is safe to repeat.
 * Once per attempt: a second rejection goes up as it is.
 */
public final class AuthRenewalStep implements TransportStep {

    private final MarTechAuth auth;

    public AuthRenewalStep(MarTechAuth auth) {
        this.auth = auth;
    }

    @Override
    public ApiResponse proceed(ApiRequest request, Chain next) throws IOException {
        try {
            return next.proceed(request);
        } catch (ErrorResponse rejected) {
            if (!auth.renewAfterRejection(rejected.error())) {
                throw rejected;
            }
            return next.proceed(request);
        }
    }
}
