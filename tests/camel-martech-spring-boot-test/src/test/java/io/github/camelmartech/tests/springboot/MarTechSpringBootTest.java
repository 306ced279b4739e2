package io.github.camelmartech.tests.springboot;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.accengage.AccengageComponent;
import io.github.camelmartech.apifon.ApifonComponent;
import io.github.camelmartech.apifon.ApifonConfiguration;
import io.github.camelmartech.apsis.ApsisComponent;
import io.github.camelmartech.getresponse.model.CallbackEvent;
import io.github.camelmartech.getresponse.model.CallbackSettings;
import io.github.camelmartech.getresponse.model.Contact;
import io.github.camelmartech.sandbox.VendorSimulator;
import io.github.camelmartech.sandbox.accengage.AccengageSimulator;
import io.github.camelmartech.sandbox.affelios.AffeliosSimulator;
import io.github.camelmartech.sandbox.apifon.ApifonSimulator;
import io.github.camelmartech.sandbox.apsis.ApsisSimulator;
import io.github.camelmartech.sandbox.getresponse.GetResponseSimulator;
import io.github.camelmartech.tests.runtime.Inbox;
import io.github.camelmartech.tests.runtime.VendorScenarios;
import io.github.camelmartech.tests.runtime.VendorScenarios.GetResponseContact;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.spi.StateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The application on Spring Boot with the five starters, against the sandbox's simulators: every component is
 * configured only by properties (application.properties, plus each simulator's URL and credentials below), sends
 * and polls, GetResponse calls the webhook back, actuator shows the consumers' health checks and masks secrets.
 */
@ExtendWith(OutputCaptureExtension.class) // first, so it captures the application's start too
@SpringBootTest(classes = MarTechApplication.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@DirtiesContext
class MarTechSpringBootTest {

    private static final ApifonSimulator APIFON = new ApifonSimulator().start();
    private static final ApsisSimulator APSIS = new ApsisSimulator().start();
    private static final GetResponseSimulator GETRESPONSE = new GetResponseSimulator().start();
    private static final AccengageSimulator ACCENGAGE = new AccengageSimulator().start();
    private static final AffeliosSimulator AFFELIOS = new AffeliosSimulator().start();
    private static final List<VendorSimulator<?>> SANDBOX = List.of(APIFON, APSIS, GETRESPONSE, ACCENGAGE, AFFELIOS);
    private static final List<String> SECRETS = VendorScenarios.secrets(APIFON, APSIS, GETRESPONSE, ACCENGAGE, AFFELIOS);
    private static final Duration WAIT = Duration.ofSeconds(20);

    /**
     * Each simulator's {@code properties()} as they are: camelCase option names ({@code camel.component.apifon.apiToken}),
     * which Spring's relaxed binding gives the starters.
     */
    @DynamicPropertySource
    static void simulators(DynamicPropertyRegistry registry) {
        SANDBOX.forEach(simulator -> simulator.properties().forEach((name, value) -> registry.add(name, () -> value)));
        // a known port, so the webhook route can give GetResponse its URL when it starts
        int port = TestSocketUtils.findAvailableTcpPort();
        registry.add("server.port", () -> port);
    }

    /**
     * Stops the simulators when the context closes, after Camel stopped (and unregistered the webhook); not the
     * sandbox's JUnit extensions, which reset their simulator before each test and stop it before Spring closes the
     * application.
     */
    @TestConfiguration
    static class Sandbox {
        @Bean
        AutoCloseable simulators() {
            return () -> SANDBOX.forEach(VendorSimulator::stop);
        }
    }

    @Autowired
    CamelContext camel;
    @Autowired
    ProducerTemplate producer;
    @Autowired
    Inbox inbox;
    @Autowired
    TestRestTemplate http;

    @Test
    void apifonSendsASignedSmsAndItsListConsumerPollsANewList() {
        VendorScenarios.apifonSendsASignedSmsAndPollsANewList(producer, APIFON, () -> inbox.received("apifon-lists"));
    }

    @Test
    void apsisCreatesAMailingListThatItsConsumerPolls() {
        VendorScenarios.apsisCreatesAMailingListThatIsPolled(producer, () -> inbox.received("apsis-mailinglists"));
    }

    @Test
    void getresponseRegistersTheWebhookCallsItBackAndPollsTheNewContact() {
        CallbackSettings registered = producer.requestBody("getresponse:callbacks", null, CallbackSettings.class);
        assertThat(registered.getUrl()).isEqualTo("http://localhost:" + camel.resolvePropertyPlaceholders("{{server.port}}")
                                                  + "/getresponse/callbacks?secret=spring-boot-webhook-secret");

        GetResponseContact contact = VendorScenarios.getresponseCreatesACampaignAndAContact(producer);

        VendorScenarios.awaitPolled("the subscribe callback", () -> inbox.received("getresponse-callbacks"),
                item -> item instanceof CallbackEvent event && "subscribe".equals(event.action())
                        && contact.email().equals(event.contactEmail()) && contact.campaignId().equals(event.campaignId()));
        VendorScenarios.awaitPolled("the new contact", () -> inbox.received("getresponse-contacts"),
                item -> item instanceof Contact polled && contact.email().equals(polled.getEmail()));
    }

    @Test
    void accengageSignsItsCallsAndItsConsumerPollsASeededCampaign() {
        VendorScenarios.accengageSignsItsCallsAndPollsASeededCampaign(producer, ACCENGAGE,
                () -> inbox.received("accengage-campaigns"));
    }

    @Test
    void affeliosRegistersACustomerAndReadsItBack() {
        VendorScenarios.affeliosRegistersACustomerAndReadsItBack(producer);
    }

    @Test
    void propertiesOfEveryKindReachTheComponents(@Autowired StateRepository<String, String> consumerState) {
        ApifonConfiguration apifon = camel.getComponent("apifon", ApifonComponent.class).getConfiguration();
        assertThat(apifon.getBaseUrl()).isEqualTo(APIFON.baseUrl());
        assertThat(apifon.getResponseTimeout()).as("20s").isEqualTo(20_000);
        assertThat(apifon.getRetryAfterMax()).as("2m").isEqualTo(120_000);
        assertThat(apifon.getConnectTimeout()).as("the catalog's default").isEqualTo(10_000);
        assertThat(apifon.getMaxRetries()).isEqualTo(2);
        assertThat(apifon.getStateRepository()).as("#consumerState").isSameAs(consumerState);
        assertThat(camel.getComponent("accengage", AccengageComponent.class).getConfiguration().getConnectTimeout())
                .as("a plain number is milliseconds").isEqualTo(5000);
        assertThat(camel.getComponent("apsis", ApsisComponent.class).getConfiguration().getPageSize()).isEqualTo(2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void actuatorHealthShowsEveryConsumersCheckUpWithItsMaskedEndpoint() {
        List<String> consumers = List.of("apifon-lists", "apsis-mailinglists", "getresponse-contacts", "accengage-campaigns");

        await().atMost(WAIT).untilAsserted(() -> {
            Map<String, Object> health = http.getForObject("/actuator/health", Map.class);
            Map<String, Object> camelHealth = (Map<String, Object>) ((Map<String, Object>) health.get("components")).get("camelHealth");
            Map<String, Object> details = (Map<String, Object>) camelHealth.get("details");
            for (String routeId : consumers) {
                assertThat(details).containsEntry("consumer:" + routeId, "UP");
                Map<String, Object> data = (Map<String, Object>) details.get("consumer:" + routeId + ".data");
                assertThat(data.get("endpoint.uri").toString()).startsWith(routeId.substring(0, routeId.indexOf('-')) + "://");
            }
            assertThat(camelHealth.get("status")).isEqualTo("UP");
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void actuatorEnvAndConfigpropsShowOtherValuesButMaskEverySecret() {
        // /actuator/env/{name} looks a property up by the name it was given with: the simulators' camelCase ones here
        Map<String, Object> baseUrl = http.getForObject("/actuator/env/camel.component.apifon.baseUrl", Map.class);
        assertThat(((Map<String, Object>) baseUrl.get("property")).get("value")).as("show-values=always is on")
                .isEqualTo(APIFON.baseUrl());
        for (String secret : List.of("camel.component.apifon.apiToken", "camel.component.apifon.apiSecret",
                "camel.component.getresponse.apiKey", "camel.component.getresponse.webhook-secret",
                "camel.component.accengage.apiKey", "camel.component.affelios.apiKey", "camel.component.apsis.apiKey")) {
            Map<String, Object> env = http.getForObject("/actuator/env/" + secret, Map.class);
            assertThat(((Map<String, Object>) env.get("property")).get("value")).as(secret).isEqualTo("******");
        }

        String configprops = http.getForObject("/actuator/configprops/camel.component.apifon", String.class);
        assertThat(configprops).contains(APIFON.baseUrl(), "\"apiToken\":\"******\"", "\"apiSecret\":\"******\"");
        String everything = http.getForObject("/actuator/env", String.class) + http.getForObject("/actuator/configprops", String.class);
        assertThat(SECRETS).hasSize(6).allSatisfy(credential -> assertThat(everything).doesNotContain(credential));
        assertThat(everything).doesNotContain("spring-boot-webhook-secret");
    }

    @Test
    void noSecretReachesTheLog(CapturedOutput output) {
        producer.requestBody("accengage:me", null, JsonNode.class);

        assertThat(output.getAll()).contains("Started MarTechSpringBootTest");
        assertThat(SECRETS).allSatisfy(credential -> assertThat(output.getAll()).doesNotContain(credential));
        assertThat(output.getAll()).doesNotContain("spring-boot-webhook-secret");
    }
}
