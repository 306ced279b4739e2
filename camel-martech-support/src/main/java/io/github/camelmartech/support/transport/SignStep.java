package io.github.camelmartech.support.transport;

import java.io.IOException;

import io.github.camelmartech.support.auth.MarTechAuth;
import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.ApiResponse;

/**
 * Authenticates the request with the endpoint's {@link MarTechAuth}: over the exact method, path, query and body bytes
 * that {@link SendStep} will send, on every attempt (a retry gets a fresh date, a renewed token).
 */
public final class SignStep implements TransportStep {

    private final MarTechAuth auth;
    private final ApiOrigin origin;

    public SignStep(MarTechAuth auth, ApiOrigin origin) {
        this.auth = auth;
        this.origin = origin;
    }

    @Override
    public ApiResponse proceed(ApiRequest request, Chain next) throws IOException {
        return next.proceed(auth.sign(request, origin.resolve(request)));
    }
}
