package io.github.camelmartech.kamelets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.sandbox.accengage.AccengageSandbox;
import io.github.camelmartech.sandbox.accengage.AccengageSimulator;
import org.junit.jupiter.api.Test;

/** Every Accengage Kamelet run from YAML routes by KameletMain against the Accengage simulator. */
@AccengageSandbox
class AccengageKameletsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void everyAccengageKameletWorksEndToEnd(AccengageSimulator accengage) throws Exception {
        String partner = accengage.partnerId();
        accengage.pageSize(1);
        accengage.addCampaign(partner, Map.of("id", "c-1", "name", "Spring sale"));
        accengage.addCampaign(partner, Map.of("id", "c-2", "name", "Summer sale"));
        accengage.addDevice(partner, "device-old", LocalDate.of(2024, 1, 15), Map.of());
        accengage.addDevice(partner, "device-new", LocalDate.of(2024, 2, 10), Map.of("language", "fr"));
        Map<String, String> properties = new HashMap<>();
        accengage.componentOptions().forEach((option, value) -> properties.put("accengage." + option, value));

        try (KameletRun run = new KameletRun("classpath:routes/accengage-kamelets.camel.yaml", properties)) {
            Set<String> campaigns = new TreeSet<>();
            for (int i = 0; i < 2; i++) {
                campaigns.add(run.receiveJson("seda:campaigns", WAIT).path("name").asText());
            }
            assertThat(campaigns).containsExactly("Spring sale", "Summer sale");

            JsonNode device = run.receiveJson("seda:devices", WAIT);
            assertThat(device.path("deviceId").asText()).as("only devices opened since lastOpen").isEqualTo("device-new");
            assertThat(device.path("language").asText()).isEqualTo("fr");

            JsonNode me = run.requestJson("direct:request", null);
            assertThat(me.path("message").asText()).contains(accengage.email());
        }
    }
}
