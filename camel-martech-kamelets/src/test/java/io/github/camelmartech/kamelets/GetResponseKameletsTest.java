package io.github.camelmartech.kamelets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.getresponse.model.Campaign;
import io.github.camelmartech.sandbox.getresponse.GetResponseSandbox;
import io.github.camelmartech.sandbox.getresponse.GetResponseSimulator;
import org.junit.jupiter.api.Test;

/**
 * Every GetResponse Kamelet run from YAML routes by KameletMain against the GetResponse simulator: contacts created
 * by the sink come back through the source and as subscribe callbacks to the webhook source (which registered
 * itself with the simulator when it started).
 */
@GetResponseSandbox
class GetResponseKameletsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void everyGetResponseKameletWorksEndToEnd(GetResponseSimulator getresponse) throws Exception {
        String campaignId;
        try (VendorSetup setup = new VendorSetup("getresponse", getresponse.componentOptions())) {
            campaignId = setup.producer().requestBody("getresponse:campaigns?operation=create",
                    Map.of("name", "kamelets_" + UUID.randomUUID().toString().substring(0, 8)), Campaign.class)
                    .getCampaignId();
        }
        int port = KameletRun.freePort();
        Map<String, String> properties = new HashMap<>();
        properties.put("camel.server.enabled", "true");
        properties.put("camel.server.port", Integer.toString(port));
        properties.put("getresponse.baseUrl", getresponse.componentOptions().get("baseUrl"));
        properties.put("getresponse.apiKey", getresponse.apiKey());
        properties.put("getresponse.campaignId", campaignId);
        properties.put("getresponse.externalUrl", "http://localhost:" + port);
        properties.put("getresponse.callbackSecret", "gr-" + UUID.randomUUID());

        try (KameletRun run = new KameletRun("classpath:routes/getresponse-kamelets.camel.yaml", properties)) {
            run.producer().sendBody("direct:create", "{\"email\":\"ada@example.com\",\"name\":\"Ada\"}");
            run.producer().sendBody("direct:create", "{\"email\":\"bob@example.com\",\"name\":\"Bob\"}");

            Map<String, String> ids = new HashMap<>();
            for (int i = 0; i < 2; i++) {
                JsonNode contact = run.receiveJson("seda:contacts", WAIT);
                assertThat(contact.path("campaign").path("campaignId").asText()).isEqualTo(campaignId);
                ids.put(contact.path("email").asText(), contact.path("contactId").asText());
            }
            assertThat(ids).containsOnlyKeys("ada@example.com", "bob@example.com");

            Set<String> subscribed = new TreeSet<>();
            for (int i = 0; i < 2; i++) {
                JsonNode callback = run.receiveJson("seda:callbacks", WAIT);
                assertThat(callback.path("action").asText()).isEqualTo("subscribe");
                subscribed.add(callback.path("contactEmail").asText());
            }
            assertThat(subscribed).containsExactly("ada@example.com", "bob@example.com");

            run.producer().sendBody("direct:update",
                    "{\"contactId\":\"" + ids.get("ada@example.com") + "\",\"name\":\"Ada Lovelace\"}");
            assertThat(getresponse.contactByEmail("ada@example.com").orElseThrow().path("name").asText())
                    .isEqualTo("Ada Lovelace");

            JsonNode account = run.requestJson("direct:request", null);
            assertThat(account.path("accountId").asText()).isEqualTo(getresponse.accountId());
        }
    }
}
