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

    /** Sets the exchange from one item: body, and headers such as the item's id. */
    default void populate(Exchange exchange, T item) {
        exchange.getMessage().setBody(item);
    }
}
