package io.github.camelmartech.support.transport;

/** Decorators of transport steps. */
public final class TransportSteps {

    private TransportSteps() {
    }

    /**
     * Runs {@code step} only for requests to the API's origin; a foreign URL (a vendor's download link) skips it, so
     * it is neither signed nor throttled nor given the vendor's headers.
     */
    public static TransportStep apiOnly(TransportStep step, ApiOrigin origin) {
        return (request, next) -> origin.isApi(request) ? step.proceed(request, next) : next.proceed(request);
    }
}
