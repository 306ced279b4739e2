package io.github.camelmartech.kamelets;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.apifon.ApifonConstants;
import io.github.camelmartech.apifon.model.WriteResult;
import io.github.camelmartech.sandbox.SimulatorExtension;
import io.github.camelmartech.sandbox.apifon.ApifonSimulator;
import io.github.camelmartech.support.testing.SecretLeakProbe;
import io.github.camelmartech.support.testing.Secrets;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every Apifon Kamelet run from YAML routes by KameletMain against the Apifon simulator, whose credentials hold
 * characters a URI must encode ({@code + & =}): the Kamelet properties must reach the component intact.
 */
class ApifonKameletsTest {

    @RegisterExtension
    static final SimulatorExtension<ApifonSimulator> SANDBOX = new SimulatorExtension<>(ApifonSimulator.class,
            () -> new ApifonSimulator("kamelet+token-" + UUID.randomUUID(), "se+cr&t=" + UUID.randomUUID(),
                    Clock.systemUTC()));

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void everyApifonKameletWorksEndToEnd(ApifonSimulator apifon) throws Exception {
        String listId = seedList(apifon, List.of("306900000011", "306900000012"));
        int port = KameletRun.freePort();
        String callbackSecret = "cb-" + UUID.randomUUID();
        Map<String, String> properties = new HashMap<>(KameletRun.httpsServer(port));
        properties.put("apifon.baseUrl", apifon.baseUrl());
        properties.put("apifon.token", apifon.token());
        properties.put("apifon.secret", apifon.secret());
        properties.put("apifon.listId", listId);
        properties.put("apifon.callbackSecret", callbackSecret);
        properties.put("apifon.callbackUrl", "https://localhost:" + port + "/apifon/callbacks?secret=" + callbackSecret);
        // OAuth2 (the Viber route) fetches its token from the simulator, not from Apifon's identity server
        properties.put("camel.component.apifon.oauthTokenUrl", apifon.oauth2ComponentOptions().get("oauthTokenUrl"));

        // not the callback secret: Apifon's callbacks carry it in the callback URL, which is no secret option
        Secrets secrets = Secrets.of("apiToken", apifon.token(), "apiSecret", apifon.secret());
        try (SecretLeakProbe probe = SecretLeakProbe.watching(secrets);
             KameletRun run = new KameletRun("classpath:routes/apifon-kamelets.camel.yaml", properties)) {
            // source: the list's subscribers, as JSON
            Set<String> polled = new TreeSet<>();
            for (int i = 0; i < 2; i++) {
                JsonNode subscriber = run.receiveJson("seda:subscribers", WAIT);
                polled.add(subscriber.path("destination").asText());
                assertThat(subscriber.path("id").asText()).isNotEmpty();
            }
            assertThat(polled).containsExactly("306900000011", "306900000012");

            // sink: an SMS from text, with the sender, recipient and callback URL of the Kamelet's properties
            run.producer().sendBody("direct:sms", "Welcome to Acme");
            JsonNode sms = lastRequest(apifon, "/services/api/v1/sms/send");
            assertThat(sms.path("message").path("text").asText()).isEqualTo("Welcome to Acme");
            assertThat(sms.path("message").path("sender_id").asText()).isEqualTo("Acme");
            assertThat(sms.path("subscribers").get(0).path("number").asText()).isEqualTo("306900000001");

            // source: its delivery report, posted by the simulator to the callbacks Kamelet's https webhook
            JsonNode report = run.receiveJson("seda:callbacks", WAIT);
            assertThat(report.path("to").asText()).isEqualTo("306900000001");
            assertThat(report.path("status").asText()).isEqualTo("delivered");
            assertThat(report.path("timestamp").asText()).as("an ISO-8601 instant, not a number").contains("T");

            // sink: a JSON SMS request names its own recipients
            run.producer().sendBody("direct:sms",
                    "{\"subscribers\":[{\"number\":\"306900000003\"}],\"message\":{\"text\":\"JSON body\"}}");
            JsonNode json = lastRequest(apifon, "/services/api/v1/sms/send");
            assertThat(json.path("subscribers").get(0).path("number").asText()).isEqualTo("306900000003");
            assertThat(json.path("message").path("sender_id").asText()).isEqualTo("Acme");

            // sink: Viber, authenticated with OAuth2 client credentials
            run.producer().sendBody("direct:viber", "Hi on Viber");
            JsonNode viber = lastRequest(apifon, "/services/api/v1/im/send");
            assertThat(viber.toString()).contains("Hi on Viber").contains("306900000002");
            apifon.wireMock().verify(postRequestedFor(urlEqualTo("/oauth2/token")));

            // action: create an OTP, then verify the code the phone received
            JsonNode created = run.requestJson("direct:otp-create",
                    "{\"subscriber\":\"306900000004\",\"reference_id\":\"signup-42\"}");
            assertThat(created.path("reference_id").asText()).isEqualTo("signup-42");
            String code = apifon.otpCode("signup-42").orElseThrow();
            String verify = "{\"reference_id\":\"signup-42\",\"code\":\"" + code + "\"}";
            Exchange verified = run.producer().request("direct:otp-verify", e -> e.getMessage().setBody(verify));
            assertThat(verified.getMessage().getHeader("apifon-otp-status", String.class)).isEqualTo("VALID");
            assertThat(KameletRun.json(verified).path("result_info").path("status_code").asText()).isEqualTo("0");
            Exchange again = run.producer().request("direct:otp-verify", e -> e.getMessage().setBody(verify));
            assertThat(again.getMessage().getHeader("apifon-otp-status", String.class)).isEqualTo("ALREADY_VALIDATED");

            // action: any call, its JSON answer back
            JsonNode list = run.requestJson("direct:request", null);
            assertThat(list.toString()).contains(listId);

            // nothing Camel Main, the Kamelets or the components log at INFO and above, or show of an endpoint, holds a
            // credential (at DEBUG Camel's property parser prints every resolved placeholder: never in production)
            List<String> leaks = probe.logLines().stream().filter(line -> !line.split(" ", 3)[1].matches("DEBUG|TRACE"))
                    .filter(line -> !secrets.foundIn(line).isEmpty()).toList();
            assertThat(leaks).as("log lines with a credential").isEmpty();
            assertThat(probe.logLinesOf("org.apache.camel.main")).as("Camel Main's summaries were captured").isNotEmpty();
            run.camel().getEndpoints().forEach(e -> assertThat(secrets.foundIn(e.toString())).as(e.getEndpointBaseUri()).isEmpty());
        }
    }

    private static String seedList(ApifonSimulator apifon, List<String> numbers) {
        try (VendorSetup setup = new VendorSetup("apifon", apifon.componentOptions())) {
            ProducerTemplate producer = setup.producer();
            String listId = producer.requestBody("apifon:lists?operation=create",
                    Map.of("title", "Kamelets", "type", "MOBILE", "prefix", "+30"), WriteResult.class).getId();
            for (String number : numbers) {
                producer.sendBodyAndHeader("apifon:subscribers?operation=add", Map.of("destination", "+" + number),
                        ApifonConstants.LIST_ID, listId);
            }
            return listId;
        }
    }

    private static JsonNode lastRequest(ApifonSimulator apifon, String path) throws Exception {
        var requests = apifon.wireMock().findAll(postRequestedFor(urlEqualTo(path)));
        assertThat(requests).as("requests to " + path).isNotEmpty();
        return KameletFile.YAML.readTree(requests.get(requests.size() - 1).getBodyAsString());
    }
}
