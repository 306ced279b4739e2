package io.github.camelmartech.support.consumer;

import java.util.concurrent.Callable;

import org.apache.camel.Exchange;

/**
 * A consumer's state or idempotent repository that can run the processing of one item in a transaction of its store,
 * so that the route's own writes to that store and the consumer's record of the item (cursor, key) commit together,
 * or not at all when the route fails or the process dies.
 *
 * <p>The polling consumer runs "route, then record the item" through {@link #inTransactions} with its
 * {@code stateRepository} and {@code idempotentRepository}; the webhook consumer runs "claim the key, route, confirm"
 * with its {@code idempotentRepository}. A repository that does not implement this interface, or one that is not
 * transacted, changes nothing: the item is recorded after the route, in the repository's own writes.
 */
public interface TransactedRepository {

    /**
     * Runs {@code work} in a transaction: committed when it returns, rolled back when it throws (the exception is
     * rethrown as it was). A repository that is not configured for transactions just calls it.
     *
     * @param exchange the item's exchange, e.g. to mark it transacted (Camel then routes it on the calling thread)
     */
    <T> T inTransaction(Exchange exchange, Callable<T> work) throws Exception;

    /**
     * Runs {@code work} inside the transaction of every given repository that is a {@code TransactedRepository}
     * (nested in order; a repository on the same database joins the transaction already open), or just calls it.
     */
    static <T> T inTransactions(Exchange exchange, Callable<T> work, Object... repositories) throws Exception {
        Callable<T> wrapped = work;
        for (int i = repositories.length - 1; i >= 0; i--) {
            if (repositories[i] instanceof TransactedRepository transacted) {
                Callable<T> inner = wrapped;
                wrapped = () -> transacted.inTransaction(exchange, inner);
            }
        }
        return wrapped.call();
    }
}
