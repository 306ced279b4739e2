package io.github.camelmartech.sandbox.affelios;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmartech.sandbox.SimJson;
import io.github.camelmartech.sandbox.SimRequest;
import io.github.camelmartech.sandbox.SimResponse;

/**
 * Affelios' transaction pipeline: a request is only queued ({@code 202}, empty body) and processed shortly after,
 * in arrival order. Processing attaches the transaction to the customer its {@code externalCustomerId} +
 * {@code externalBrandId} name; one that matches no customer goes to the failure collection, never into an HTTP
 * answer, as Affelios documents.
 */
final class AffeliosTransactions {

    private static final List<String> AMOUNTS = List.of("depositAmount", "grossRevenue", "wageredAmount",
            "revShareCommission", "cpaCommission", "fixedCommission");

    private final AffeliosCustomers customers;
    private final Clock clock;
    private final Executor later;
    private final Deque<JsonNode> queue = new ArrayDeque<>();
    private final List<AffeliosFailedTransaction> failures = new CopyOnWriteArrayList<>();

    AffeliosTransactions(AffeliosCustomers customers, Clock clock, Duration processingDelay) {
        this.customers = customers;
        this.clock = clock;
        this.later = CompletableFuture.delayedExecutor(processingDelay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** {@code POST /api/v1/transaction}: one transaction object. */
    SimResponse accept(SimRequest request) {
        JsonNode body = request.json();
        AffeliosFieldErrors errors = new AffeliosFieldErrors();
        validate(body, "", errors);
        return errors.isEmpty() ? enqueue(List.of(body)) : errors.problem();
    }

    /** {@code POST /api/v1/transaction/batch}: an array of transactions, accepted or refused as a whole. */
    SimResponse acceptBatch(SimRequest request) {
        JsonNode body = request.json();
        AffeliosFieldErrors errors = new AffeliosFieldErrors();
        if (!body.isArray()) {
            errors.add("$", "The JSON value could not be converted to a list of transactions.");
            return errors.problem();
        }
        List<JsonNode> batch = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            validate(body.get(i), "[" + i + "].", errors);
            batch.add(body.get(i));
        }
        return errors.isEmpty() ? enqueue(batch) : errors.problem();
    }

    List<AffeliosFailedTransaction> failures() {
        return List.copyOf(failures);
    }

    synchronized int pending() {
        return queue.size();
    }

    synchronized void clear() {
        queue.clear();
        failures.clear();
    }

    private synchronized SimResponse enqueue(List<JsonNode> transactions) {
        for (JsonNode transaction : transactions) {
            queue.add(transaction);
            CompletableFuture.runAsync(this::processNext, later);
        }
        return SimResponse.status(202);
    }

    /** One run per queued transaction; each takes the oldest, so the order is kept whichever run comes first. */
    private synchronized void processNext() {
        JsonNode transaction = queue.poll();
        if (transaction == null) {
            return; // a reset emptied the queue
        }
        String externalCustomerId = SimJson.text(transaction, "externalCustomerId");
        String externalBrandId = SimJson.text(transaction, "externalBrandId");
        Optional<ObjectNode> customer = externalCustomerId == null ? Optional.empty()
                : customers.byExternalId(externalCustomerId, externalBrandId == null ? "" : externalBrandId);
        if (customer.isPresent()) {
            customers.attach(customer.get(), transaction);
        } else {
            failures.add(new AffeliosFailedTransaction(transaction.deepCopy(), "No customer with externalId "
                    + externalCustomerId + " for brand " + externalBrandId, clock.instant()));
        }
    }

    private static void validate(JsonNode transaction, String prefix, AffeliosFieldErrors errors) {
        if (!transaction.isObject()) {
            errors.add(prefix.isEmpty() ? "$" : prefix.substring(0, prefix.length() - 1),
                    "The JSON value could not be converted to a transaction.");
            return;
        }
        AMOUNTS.forEach(field -> errors.number(transaction, prefix, field));
        errors.dateTime(transaction, prefix, "transactionDate");
    }
}
