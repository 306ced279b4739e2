package io.github.camelmartech.apsis;

import io.github.camelmartech.apsis.model.QueuedOperation;
import org.apache.camel.RuntimeCamelException;

/**
 * A queued method did not end within {@code queuedTimeout}. APSIS accepted it and may still complete it: the
 * handle lets a route poll it later (the request resource with its PollURL) instead of starting it again.
 */
public class ApsisQueuedTimeoutException extends RuntimeCamelException {

    private final transient QueuedOperation operation;

    public ApsisQueuedTimeoutException(String message, QueuedOperation operation) {
        super(message);
        this.operation = operation;
    }

    public QueuedOperation getOperation() {
        return operation;
    }
}
