package io.github.camelmartech.examples;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.accengage.AccengageConstants;
import io.github.camelmartech.sandbox.VendorSimulator;
import io.github.camelmartech.sandbox.accengage.AccengageSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/**
 * Accengage, driving the YAML routes of {@code routes/accengage.yaml}: the signed "me" call (the component fetches
 * the access token first), campaigns page by page, devices opened since a date. Accengage has no documented route to
 * create campaigns or devices, so the sandbox is seeded with some.
 */
final class AccengageExample implements VendorExample {

    private static final int CAMPAIGNS = 12;
    private static final LocalDate SINCE = LocalDate.of(2026, 1, 1);

    @Override
    public String vendor() {
        return "accengage";
    }

    @Override
    public List<String> credentials() {
        return List.of("apiKey", "email", "partnerId");
    }

    @Override
    public VendorSimulator sandbox() {
        AccengageSimulator accengage = new AccengageSimulator();
        accengage.pageSize(5);
        String app = accengage.partnerId();
        for (int i = 1; i <= CAMPAIGNS; i++) {
            accengage.addCampaign(app, Map.of("id", "campaign-" + i, "name", "Spring sale " + i, "type", "push"));
        }
        for (int i = 1; i <= 6; i++) {
            accengage.addDevice(app, "device-" + i, SINCE.plusDays(i * 30L - 90), Map.of("os", i % 2 == 0 ? "ios" : "android"));
        }
        return accengage;
    }

    @Override
    public void run(CamelContext camel, Target target, Steps steps) {
        ProducerTemplate routes = camel.createProducerTemplate();
        steps.run(vendor(), "who am I (token, then signed call)",
                () -> routes.requestBody("direct:accengage-me", null, JsonNode.class).toString());
        steps.run(vendor(), "campaigns, page by page", () -> {
            Exchange out = routes.request("direct:accengage-campaigns", e -> { });
            if (out.getException() != null) {
                throw out.getException();
            }
            List<?> campaigns = out.getMessage().getBody(List.class);
            return campaigns.size() + " campaigns over " + out.getMessage().getHeader(AccengageConstants.PAGES) + " pages";
        });
        steps.run(vendor(), "devices opened since " + SINCE, () -> {
            List<?> devices = routes.requestBodyAndHeader("direct:accengage-devices", null, AccengageConstants.LAST_OPEN,
                    SINCE.toString(), List.class);
            return devices.size() + " devices (CSV rows)";
        });
    }
}
