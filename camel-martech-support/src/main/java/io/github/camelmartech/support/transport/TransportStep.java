package io.github.camelmartech.support.transport;

import java.io.IOException;

import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.ApiResponse;

/**
 * One step of an endpoint's transport chain, in the shape of OkHttp's interceptors: it sees the request, may change
 * it (a signature, a header), may wait (a throttle), calls the rest of the chain, and may look at or replace what
 * came back. Steps are shared by every call of the endpoint, so they keep no per-call state in fields.
 *
 * <p>The chain of every endpoint is, outermost first: {@link RetryStep}, {@link AuthRenewalStep},
 * {@link DecodeStep}, the vendor's own steps (a throttle, a header), {@link SignStep}, {@link SendStep}. Steps
 * between decoding and sending run only for requests to the API's own origin (see {@link ApiOrigin}).
 */
@FunctionalInterface
public interface TransportStep {

    ApiResponse proceed(ApiRequest request, Chain next) throws IOException;

    /** The rest of the chain after a step. */
    @FunctionalInterface
    interface Chain {
        ApiResponse proceed(ApiRequest request) throws IOException;
    }
}
