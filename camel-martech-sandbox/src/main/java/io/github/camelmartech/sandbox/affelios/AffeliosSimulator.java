package io.github.camelmartech.sandbox.affelios;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.sandbox.SimRequest;
import io.github.camelmartech.sandbox.SimResponse;
import io.github.camelmartech.sandbox.SimulatorException;
import io.github.camelmartech.sandbox.VendorSimulator;

/**
 * The Affelios Platform API as documented (vendor note {@code affelios.md}): {@code X-Api-Key} authentication,
 * customers (create, get, update; unique by external id and brand) and transactions, which Affelios only queues
 * ({@code 202}) and processes shortly after: attached to their customer, moving its lifetime figures, or parked in
 * the failure collection ({@link #failedTransactions()}). Errors are ASP.NET problem details (inferred). State lives
 * in memory until {@link #reset()}.
 */
public class AffeliosSimulator extends VendorSimulator<AffeliosSimulator> {

    static final String API = "/api/v1";

    private final String apiKey;
    private final AffeliosCustomers customers;
    private final AffeliosTransactions transactions;

    /** A simulator with the API key {@code sandbox-key}. */
    public AffeliosSimulator() {
        this("sandbox-key", Clock.systemUTC(), Duration.ofMillis(50));
    }

    /**
     * @param processingDelay how long after its 202 a queued transaction is processed
     */
    public AffeliosSimulator(String apiKey, Clock clock, Duration processingDelay) {
        this.apiKey = apiKey;
        this.customers = new AffeliosCustomers(clock);
        this.transactions = new AffeliosTransactions(customers, clock, processingDelay);
    }

    public String apiKey() {
        return apiKey;
    }

    /**
     * The operator's System Setting for customers without a click key: assigned to the Organic Tracking campaign
     * (the default here) or, with {@code true}, refused with 422 (the status is INFERRED). Back to the default on reset.
     */
    public AffeliosSimulator rejectCustomersWithoutClickKey(boolean reject) {
        customers.rejectWithoutClickKey(reject);
        return this;
    }

    /** The customer as Affelios keeps it (a copy), by its Affelios id. */
    public Optional<JsonNode> customer(String id) {
        return customers.find(id);
    }

    /** Transactions accepted but not processed yet. */
    public int pendingTransactions() {
        return transactions.pending();
    }

    /** The transactions processing could not attach to a customer, oldest first. */
    public List<AffeliosFailedTransaction> failedTransactions() {
        return transactions.failures();
    }

    /**
     * Seeds a customer as {@code POST /api/v1/customer} would create it ({@code externalId},
     * {@code externalBrandId}, {@code registrationDate}, {@code clickKey}, ...); returns its Affelios id.
     * Seeded data is forgotten on {@link #reset()}.
     */
    public String addCustomer(Map<String, ?> customer) {
        return seed("POST", API + "/customer", customer).json().path("id").asText();
    }

    /** Seeds an organic customer (no click key) of a brand, registered now; returns its Affelios id. */
    public String addCustomer(String externalId, String externalBrandId) {
        return addCustomer(Map.of("externalId", externalId, "externalBrandId", externalBrandId,
                "registrationDate", java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString()));
    }

    @Override
    public String scheme() {
        return "affelios";
    }

    @Override
    public Map<String, String> componentOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("baseUrl", baseUrl());
        options.put("apiKey", apiKey);
        return options;
    }

    @Override
    protected void registerRoutes() {
        route("POST", API + "/customer", customers::create);
        route("GET", API + "/customer/{id}", customers::get);
        route("PUT", API + "/customer/{id}", customers::update);
        route("POST", API + "/transaction", transactions::accept);
        // INFERRED path: Affelios documents batches but not where they go
        route("POST", API + "/transaction/batch", transactions::acceptBatch);
    }

    @Override
    protected void clearState() {
        transactions.clear();
        customers.clear();
    }

    /** A missing or wrong {@code X-Api-Key} is 401, before anything else. */
    @Override
    protected Optional<SimResponse> authenticate(SimRequest request) {
        String sent = request.header("X-Api-Key");
        boolean valid = sent != null && MessageDigest.isEqual(apiKey.getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8));
        return valid ? Optional.empty() : Optional.of(AffeliosProblems.status(401));
    }

    @Override
    protected SimResponse error(SimulatorException refusal) {
        if (refusal.status() == 400 && refusal.field() != null) {
            AffeliosFieldErrors errors = new AffeliosFieldErrors();
            errors.add(refusal.field(), refusal.getMessage());
            return errors.problem();
        }
        return AffeliosProblems.detailed(refusal.status(), refusal.getMessage());
    }
}
