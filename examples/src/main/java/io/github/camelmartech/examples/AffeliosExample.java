package io.github.camelmartech.examples;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.github.camelmartech.affelios.AffeliosConstants;
import io.github.camelmartech.affelios.model.AffeliosAccepted;
import io.github.camelmartech.affelios.model.AffeliosCustomer;
import io.github.camelmartech.sandbox.VendorSimulator;
import io.github.camelmartech.sandbox.affelios.AffeliosSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;

/**
 * Affelios, driving the YAML routes of {@code routes/affelios.yaml}: register two customers, read one back, record
 * their first deposits as one batch of transactions, and (in the sandbox, which processes them at once) see the
 * customer's figures change. The real Affelios processes transactions asynchronously.
 */
final class AffeliosExample implements VendorExample {

    private static final String BRAND = "example-brand";

    @Override
    public String vendor() {
        return "affelios";
    }

    @Override
    public List<String> credentials() {
        return List.of("apiKey");
    }

    @Override
    public VendorSimulator sandbox() {
        return new AffeliosSimulator();
    }

    @Override
    public void run(CamelContext camel, Target target, Steps steps) {
        ProducerTemplate routes = camel.createProducerTemplate();
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> externalIds = List.of("player-" + run + "-1", "player-" + run + "-2");
        List<String> ids = new ArrayList<>();
        steps.run(vendor(), "register customers", () -> {
            for (String externalId : externalIds) {
                AffeliosCustomer customer = routes.requestBody("direct:affelios-register-customer", Map.of(
                        "externalId", externalId, "externalBrandId", BRAND, "clickKey", "click-" + externalId,
                        "registrationDate", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString()), AffeliosCustomer.class);
                ids.add(customer.getId());
            }
            return ids.size() + " customers, ids " + ids;
        });
        steps.run(vendor(), "read a customer back", () -> {
            AffeliosCustomer customer = routes.requestBodyAndHeader("direct:affelios-customer", null,
                    AffeliosConstants.CUSTOMER_ID, ids.get(0), AffeliosCustomer.class);
            if (!externalIds.get(0).equals(customer.getExternalId())) {
                throw new IllegalStateException("customer " + ids.get(0) + " has externalId " + customer.getExternalId());
            }
            return "customer " + customer.getId() + " is " + customer.getExternalId();
        });
        steps.run(vendor(), "record first deposits (one batch)", () -> {
            List<Map<String, Object>> deposits = new ArrayList<>();
            for (String externalId : externalIds) {
                deposits.add(Map.of("externalId", "tx-" + externalId, "type", "deposit", "externalCustomerId", externalId,
                        "externalBrandId", BRAND, "depositAmount", 50.0, "transactionDate", Instant.now().toString()));
            }
            AffeliosAccepted accepted = routes.requestBody("direct:affelios-transactions", deposits, AffeliosAccepted.class);
            return accepted.count() + " transactions accepted in " + accepted.calls() + " call(s), status " + accepted.status();
        });
        if (!target.sandbox()) {
            steps.skip(vendor(), "see the deposit on the customer", "Affelios processes transactions asynchronously");
            return;
        }
        steps.run(vendor(), "see the deposit on the customer", () -> {
            // transactions are processed after the 202, so read the customer until the deposit shows
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            AffeliosCustomer customer;
            do {
                Thread.sleep(50);
                customer = routes.requestBodyAndHeader("direct:affelios-customer", null, AffeliosConstants.CUSTOMER_ID,
                        ids.get(0), AffeliosCustomer.class);
            } while (!Boolean.TRUE.equals(customer.getHasDeposited()) && System.nanoTime() < deadline);
            if (!Boolean.TRUE.equals(customer.getHasDeposited())) {
                throw new IllegalStateException("customer " + ids.get(0) + " shows no deposit after 10 s");
            }
            return "customer " + customer.getId() + " has deposited, lifetime deposits "
                   + customer.getOther().get("lifetimeDeposits");
        });
    }
}
