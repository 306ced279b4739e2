package io.github.camelmartech.affelios;

import org.apache.camel.RuntimeCamelException;

/**
 * A list of transactions failed part way: the first {@link #getAcceptedCount()} were accepted by Affelios in earlier
 * batch calls, the rest were not sent. The cause is the failure of the batch that broke off.
 */
public class AffeliosPartialBatchException extends RuntimeCamelException {

    private final int acceptedCount;
    private final int totalCount;

    public AffeliosPartialBatchException(int acceptedCount, int totalCount, RuntimeException cause) {
        super("Affelios accepted " + acceptedCount + " of " + totalCount + " transactions before a batch failed: "
              + cause.getMessage(), cause);
        this.acceptedCount = acceptedCount;
        this.totalCount = totalCount;
    }

    public int getAcceptedCount() {
        return acceptedCount;
    }

    public int getTotalCount() {
        return totalCount;
    }
}
