package io.github.camelmartech.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.apsis.ApsisConstants;
import io.github.camelmartech.sandbox.VendorSimulator;
import io.github.camelmartech.sandbox.apsis.ApsisSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;

/**
 * APSIS Pro, driving the YAML routes of {@code routes/apsis.yaml}: create a mailing list, add subscribers, run the
 * queued export of the list (the component follows {@code PollURL} until the data is ready and returns it), then
 * delete the list (also a queued method).
 */
final class ApsisExample implements VendorExample {

    private static final int SUBSCRIBERS = 3;

    @Override
    public String vendor() {
        return "apsis";
    }

    @Override
    public List<String> credentials() {
        return List.of("apiKey");
    }

    @Override
    public VendorSimulator sandbox() {
        return new ApsisSimulator();
    }

    @Override
    public void run(CamelContext camel, Target target, Steps steps) {
        ProducerTemplate routes = camel.createProducerTemplate();
        String run = UUID.randomUUID().toString().substring(0, 8);
        long listId = Long.parseLong(steps.run(vendor(), "create a mailing list", () -> String.valueOf(
                routes.requestBody("direct:apsis-create-list", Map.of("Name", "Camel MarTech example " + run,
                        "FromName", "Acme", "FromEmail", "news@example.com", "CharacterSet", "utf-8"), Long.class))));
        List<Long> created = new ArrayList<>();
        steps.run(vendor(), "add subscribers", () -> {
            for (int i = 1; i <= SUBSCRIBERS; i++) {
                created.add(routes.requestBodyAndHeader("direct:apsis-add-subscriber", Map.of("Email",
                        "reader" + i + "-" + run + "@example.com", "Name", "Reader " + i),
                        ApsisConstants.MAILING_LIST_ID, listId, Long.class));
            }
            return SUBSCRIBERS + " subscribers, ids " + created;
        });
        steps.run(vendor(), "queued export of the list", () -> {
            JsonNode exported = routes.requestBodyAndHeader("direct:apsis-export-list", null,
                    ApsisConstants.MAILING_LIST_ID, listId, JsonNode.class);
            if (exported.size() != SUBSCRIBERS) {
                throw new IllegalStateException("exported " + exported.size() + " of " + SUBSCRIBERS + " subscribers");
            }
            return exported.size() + " subscribers exported through PollURL and DataUrl";
        });
        steps.run(vendor(), "delete the list (queued)", () -> {
            routes.requestBody("direct:apsis-delete-list", List.of(listId));
            return "list " + listId + " deleted";
        });
    }
}
