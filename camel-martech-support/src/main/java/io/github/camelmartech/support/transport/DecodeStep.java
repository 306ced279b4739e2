package io.github.camelmartech.support.transport;

import java.io.IOException;

import io.github.camelmartech.support.error.ApiError;
import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.ApiResponse;
import io.github.camelmartech.support.http.ErrorDecoder;

/**
 * Tells results from errors: first the call's own status rules (a status the operation declares a result, such as
 * Apifon's 403 to an OTP verification), then the vendor's {@link ErrorDecoder}. An error goes up the chain as an
 * {@link ErrorResponse}.
 */
public final class DecodeStep implements TransportStep {

    private final ErrorDecoder decoder;

    public DecodeStep(ErrorDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    public ApiResponse proceed(ApiRequest request, Chain next) throws IOException {
        ApiResponse response = next.proceed(request);
        if (request.isResultStatus(response.status())) {
            return response;
        }
        ApiError error = decoder.decode(response);
        if (error == null) {
            return response;
        }
        throw new ErrorResponse(error, response);
    }
}
