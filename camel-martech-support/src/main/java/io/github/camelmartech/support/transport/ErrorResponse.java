package io.github.camelmartech.support.transport;

import io.github.camelmartech.support.error.ApiError;
import io.github.camelmartech.support.http.ApiResponse;

/**
 * A vendor answer that {@link DecodeStep} found to be an error, on its way up the chain to
 * {@link AuthRenewalStep} and {@link RetryStep}; the caller gets it as a typed {@code MarTechApiException}. No stack
 * trace: it is control flow inside the chain, never shown.
 */
public final class ErrorResponse extends RuntimeException {

    private final transient ApiError error;
    private final transient ApiResponse response;

    public ErrorResponse(ApiError error, ApiResponse response) {
        super(null, null, false, false);
        this.error = error;
        this.response = response;
    }

    public ApiError error() {
        return error;
    }

    public ApiResponse response() {
        return response;
    }
}
