package io.github.camelmartech.kamelets;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelmartech.apifon.ApifonConstants;
import io.github.camelmartech.apifon.model.WriteResult;
import io.github.camelmartech.sandbox.apifon.ApifonSandbox;
import io.github.camelmartech.sandbox.apifon.ApifonSimulator;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

/**
 * README's {@code camel run} example: Camel JBang's CLI is not served at 4.18 by the registry this project builds
 * with, so this runs the same route file through {@code KameletMain}, the runtime {@code camel run} starts, with the
 * same properties {@code --prop} would give, against the Apifon simulator.
 */
@ApifonSandbox
class CamelRunTest {

    private static final Path ROUTE = Path.of(System.getProperty("project.root"), "examples", "kamelets",
            "welcome-sms.camel.yaml");

    @Test
    void theDocumentedRouteFileWelcomesEveryNewSubscriberOnce(ApifonSimulator apifon) throws Exception {
        assertThat(ROUTE).exists();
        String listId = seed(apifon, List.of("306900000031", "306900000032", "306900000033"));
        Map<String, String> props = Map.of("apifon.apiToken", apifon.token(), "apifon.apiSecret", apifon.secret(),
                "apifon.listId", listId, "apifon.baseUrl", apifon.baseUrl(), "apifon.pollDelay", "200");

        try (KameletRun run = new KameletRun("file:" + ROUTE.toAbsolutePath(), props)) {
            List<LoggedRequest> sends = awaitSends(apifon, 3);
            Set<String> welcomed = new TreeSet<>();
            for (LoggedRequest send : sends) {
                JsonNode sms = KameletFile.YAML.readTree(send.getBodyAsString());
                assertThat(sms.path("message").path("text").asText()).isEqualTo("Welcome to Acme!");
                assertThat(sms.path("message").path("sender_id").asText()).isEqualTo("Acme");
                sms.path("subscribers").forEach(s -> welcomed.add(s.path("number").asText()));
            }
            assertThat(welcomed).containsExactly("306900000031", "306900000032", "306900000033");
            awaitMorePolls(apifon, listId, 3); // the subscribers are not new any more
            assertThat(apifon.wireMock().findAll(postRequestedFor(urlEqualTo("/services/api/v1/sms/send")))).hasSize(3);
            assertThat(run.camel().getRoute("welcome-new-subscribers")).isNotNull();
        }
    }

    private static String seed(ApifonSimulator apifon, List<String> numbers) {
        try (VendorSetup setup = new VendorSetup("apifon", apifon.componentOptions())) {
            ProducerTemplate producer = setup.producer();
            String listId = producer.requestBody("apifon:lists?operation=create",
                    Map.of("title", "camel run", "type", "MOBILE", "prefix", "+30"), WriteResult.class).getId();
            numbers.forEach(n -> producer.sendBodyAndHeader("apifon:subscribers?operation=add",
                    Map.of("destination", "+" + n), ApifonConstants.LIST_ID, listId));
            return listId;
        }
    }

    private static void awaitMorePolls(ApifonSimulator apifon, String listId, int more) throws InterruptedException {
        var polls = getRequestedFor(urlPathEqualTo("/services/api/v1/list/" + listId + "/subscriber"));
        int target = apifon.wireMock().findAll(polls).size() + more;
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (apifon.wireMock().findAll(polls).size() < target && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(apifon.wireMock().findAll(polls)).as("polls after the welcomes").hasSizeGreaterThanOrEqualTo(target);
    }

    private static List<LoggedRequest> awaitSends(ApifonSimulator apifon, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<LoggedRequest> sends = List.of();
        while (sends.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
            sends = apifon.wireMock().findAll(postRequestedFor(urlEqualTo("/services/api/v1/sms/send")));
        }
        assertThat(sends).as("welcome SMS sent").hasSize(count);
        return sends;
    }
}
