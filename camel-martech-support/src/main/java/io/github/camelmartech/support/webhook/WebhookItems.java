package io.github.camelmartech.support.webhook;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;

/**
 * A vendor's knowledge of its callbacks: the items one delivery carries (a batch of delivery reports), typed like
 * the polling consumer's items, and how each becomes an exchange.
 */
public interface WebhookItems<T> {

    /** The items of a callback body; throws IllegalArgumentException when the body is not a valid callback. */
    List<T> items(JsonNode body);

    /**
     * The item's identity for dropping re-sent callbacks, or null when the vendor's callbacks carry none. When the
     * endpoint has an {@code idempotentRepository}, an item whose key is already there does not reach the route
     * again. The key must tell two different events apart (a delivery report's message id and status, not the
     * message id alone) and stay within the repository's limits (camel-sql: 100 characters).
     */
    default String dedupeKey(T item) {
        return null;
    }

    /** Sets the exchange from one item: body, and headers such as the item's id. */
    default void populate(Exchange exchange, T item) {
        exchange.getMessage().setBody(item);
    }
}
