package io.github.camelmartech.support.error;

import org.apache.camel.RuntimeCamelException;

/**
 * No answer from the vendor: connection refused or reset, timeout, TLS failure. {@link #isMayHaveReachedVendor()}
 * tells whether the request bytes had started to leave; when true, a non-idempotent send (an SMS, a transaction)
 * may have been processed and must not be repeated blindly.
 */
public class MarTechTransportException extends RuntimeCamelException {

    private final boolean mayHaveReachedVendor;

    public MarTechTransportException(String message, boolean mayHaveReachedVendor, Throwable cause) {
        super(message, cause);
        this.mayHaveReachedVendor = mayHaveReachedVendor;
    }

    public boolean isMayHaveReachedVendor() {
        return mayHaveReachedVendor;
    }
}
