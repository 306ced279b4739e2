package io.github.camelmartech.support.webhook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.support.component.MarTechConfiguration;
import io.github.camelmartech.support.consumer.TransactedRepository;
import io.github.camelmartech.support.json.MarTechJson;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.URISupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives a vendor callback through camel-webhook and emits one exchange per item it carries. Refused with a 4xx
 * before reaching the route: another method than POST (405), a body that is not JSON by content type (415), a
 * missing or wrong shared secret or Basic credential when configured (401), a body over the size limit (413),
 * malformed JSON or a body that is not a valid callback (400). When the route fails on an item the callback is
 * answered 500, so the vendor re-sends it.
 *
 * <p>With an {@code idempotentRepository} on the endpoint, and a vendor whose callback items have an identity
 * ({@link WebhookItems#dedupeKey}), a re-sent item that a route already completed is answered 200 and not emitted
 * again: its key is added before the route runs (an atomic claim, so two nodes receiving the same re-send do not
 * both emit it), confirmed after, and removed when the route failed so the vendor's next re-send is processed.
 * Back the repository with a database (camel-sql) when several nodes receive the callbacks. A claim is committed
 * before the route runs, so a node that dies with an item in its route leaves the claim and the vendor's re-send is
 * dropped; when the repository is a {@link TransactedRepository}, claim, route and confirmation run in its transaction
 * instead, and a dead node's claim is rolled back with the route's writes to that database.
 */
public class MarTechWebhookProcessor<T> implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(MarTechWebhookProcessor.class);

    private final Processor next;
    private final WebhookItems<T> items;
    private final MarTechConfiguration configuration;

    public MarTechWebhookProcessor(Processor next, WebhookItems<T> items, MarTechConfiguration configuration) {
        this.next = next;
        this.items = items;
        this.configuration = configuration;
        // the handler is built when the webhook consumer starts; a user's repository bean may not be started yet
        ServiceHelper.startService(configuration.getIdempotentRepository());
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message in = exchange.getMessage();
        String method = in.getHeader(Exchange.HTTP_METHOD, "POST", String.class);
        if (!"POST".equalsIgnoreCase(method)) {
            refuse(in, 405, "method " + method + " not allowed; callbacks are POST");
            return;
        }
        String contentType = in.getHeader(Exchange.CONTENT_TYPE, String.class);
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).contains("json")) {
            refuse(in, 415, "content type must be JSON");
            return;
        }
        if (!authorized(in)) {
            refuse(in, 401, "missing or wrong credentials");
            if (configuration.getWebhookUsername() != null) {
                in.setHeader("WWW-Authenticate", "Basic realm=\"webhook\"");
            }
            return;
        }
        Long declared = in.getHeader(Exchange.CONTENT_LENGTH, Long.class);
        if (declared != null && declared > configuration.getWebhookMaxBodySize()) {
            refuse(in, 413, "body larger than " + configuration.getWebhookMaxBodySize() + " bytes");
            return;
        }
        byte[] body = in.getBody(byte[].class);
        if (body == null || body.length == 0) {
            refuse(in, 400, "empty body");
            return;
        }
        if (body.length > configuration.getWebhookMaxBodySize()) {
            refuse(in, 413, "body larger than " + configuration.getWebhookMaxBodySize() + " bytes");
            return;
        }
        List<T> delivered;
        try {
            JsonNode json = MarTechJson.mapper().readTree(body);
            delivered = items.items(json);
        } catch (IOException | IllegalArgumentException e) {
            refuse(in, 400, "not a valid callback: " + e.getMessage());
            return;
        }
        IdempotentRepository seen = configuration.getIdempotentRepository();
        int duplicates = 0;
        for (T item : delivered) {
            String key = seen == null ? null : items.dedupeKey(item);
            Exchange itemExchange = exchange.copy();
            itemExchange.getMessage().removeHeaders("*");
            items.populate(itemExchange, item);
            boolean emitted;
            try {
                emitted = TransactedRepository.inTransactions(itemExchange, () -> emitOnce(itemExchange, seen, key),
                        seen);
            } catch (Exception e) {
                // the vendor re-sends a failed callback; the route sees the items again
                exchange.setException(itemExchange.getException() != null ? itemExchange.getException() : e);
                return;
            }
            if (!emitted) {
                LOG.debug("Dropped a re-sent callback item {}", key);
                duplicates++;
            }
        }
        in.removeHeaders("*", Exchange.HTTP_RESPONSE_CODE);
        in.setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
        in.setHeader(Exchange.CONTENT_TYPE, "application/json");
        in.setBody("{\"received\":" + delivered.size() + (duplicates > 0 ? ",\"duplicates\":" + duplicates : "") + "}");
    }

    /**
     * Claims the key, runs the route and confirms; false when the key was claimed already. Throws the route's failure
     * after releasing the claim (rolling back a transaction).
     */
    private boolean emitOnce(Exchange itemExchange, IdempotentRepository seen, String key) throws Exception {
        // add is the atomic claim (several nodes may receive the same re-sent callback at once)
        if (key != null && !seen.add(key)) {
            return false;
        }
        try {
            next.process(itemExchange);
        } catch (Exception e) {
            itemExchange.setException(e);
        }
        if (itemExchange.getException() != null) {
            if (key != null) {
                seen.remove(key); // not done: the vendor's re-send must reach the route again
            }
            throw itemExchange.getException();
        }
        if (key != null) {
            seen.confirm(key);
        }
        return true;
    }

    private boolean authorized(Message in) {
        String secret = configuration.getWebhookSecret();
        if (secret != null && !secret.isEmpty()) {
            String given = in.getHeader(configuration.getWebhookSecretHeader(), String.class);
            if (given == null) {
                given = queryParameter(in, configuration.getWebhookSecretParameter());
            }
            if (!constantTimeEquals(given, secret)) {
                return false;
            }
        }
        String user = configuration.getWebhookUsername();
        if (user != null && !user.isEmpty()) {
            String expected = "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + (configuration.getWebhookPassword() == null ? "" : configuration.getWebhookPassword()))
                            .getBytes(StandardCharsets.UTF_8));
            return constantTimeEquals(in.getHeader("Authorization", String.class), expected);
        }
        return true;
    }

    private static String queryParameter(Message in, String name) {
        String query = in.getHeader(Exchange.HTTP_QUERY, String.class);
        if (query == null || name == null) {
            return null;
        }
        try {
            Object value = URISupport.parseQuery(query).get(name);
            return value == null ? null : value.toString();
        } catch (Exception e) {
            return null;
        }
    }

    private static boolean constantTimeEquals(String given, String expected) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    private static void refuse(Message in, int status, String reason) {
        LOG.debug("Refused callback: {} {}", status, reason);
        in.removeHeaders("*");
        in.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        in.setHeader(Exchange.CONTENT_TYPE, "application/json");
        in.setBody("{\"error\":" + MarTechJson.mapper().valueToTree(reason) + "}");
    }
}
