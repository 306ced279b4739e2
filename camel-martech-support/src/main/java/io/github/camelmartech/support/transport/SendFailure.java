package io.github.camelmartech.support.transport;

import java.io.IOException;

/**
 * A request that got no answer, with what the send step knows: whether any byte of it may have reached the vendor.
 * Only {@link RetryStep} looks at it; callers see a {@code MarTechTransportException}.
 */
public final class SendFailure extends IOException {

    private final boolean mayHaveReachedVendor;

    public SendFailure(IOException cause, boolean mayHaveReachedVendor) {
        super(cause.getMessage(), cause);
        this.mayHaveReachedVendor = mayHaveReachedVendor;
    }

    public boolean mayHaveReachedVendor() {
        return mayHaveReachedVendor;
    }

    @Override
    public synchronized IOException getCause() {
        return (IOException) super.getCause();
    }
}
