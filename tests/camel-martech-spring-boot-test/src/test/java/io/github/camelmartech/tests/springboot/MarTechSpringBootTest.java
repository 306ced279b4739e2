package io.github.camelmartech.tests.springboot;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.accengage.AccengageComponent;
import io.github.camelmartech.affelios.AffeliosConstants;
import io.github.camelmartech.affelios.model.AffeliosCustomer;
import io.github.camelmartech.apifon.ApifonComponent;
import io.github.camelmartech.apifon.ApifonConfiguration;
import io.github.camelmartech.apifon.ApifonConstants;
import io.github.camelmartech.apifon.model.ApifonList;
import io.github.camelmartech.apifon.model.SendResponse;
import io.github.camelmartech.apifon.model.WriteResult;
import io.github.camelmartech.apsis.ApsisComponent;
import io.github.camelmartech.apsis.model.MailingList;
import io.github.camelmartech.getresponse.model.CallbackEvent;
import io.github.camelmartech.getresponse.model.CallbackSettings;
import io.github.camelmartech.getresponse.model.Campaign;
import io.github.camelmartech.getresponse.model.Contact;
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

import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
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

    private static final Simulators SIMULATORS = new Simulators().start();
    private static final Duration WAIT = Duration.ofSeconds(20);

    @DynamicPropertySource
    static void simulators(DynamicPropertyRegistry registry) {
        SIMULATORS.properties().forEach((name, value) -> registry.add(name, () -> value));
        // a known port, so the webhook route can give GetResponse its URL when it starts
        int port = TestSocketUtils.findAvailableTcpPort();
        registry.add("server.port", () -> port);
    }

    /** Stops the simulators when the context closes, after Camel stopped (and unregistered the webhook). */
    @TestConfiguration
    static class Sandbox {
        @Bean(destroyMethod = "close")
        Simulators simulators() {
            return SIMULATORS;
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
        String recipient = "306990000011";
        SendResponse sent = producer.requestBodyAndHeader("apifon:sms?senderId=Acme", "Hello from Spring Boot",
                ApifonConstants.RECIPIENTS, recipient, SendResponse.class);
        assertThat(sent.getResults().get(recipient).get(0).getMessageId()).isNotBlank();
        SIMULATORS.apifon.wireMock().verify(postRequestedFor(urlPathEqualTo("/services/api/v1/sms/send"))
                .withHeader("Authorization", matching("ApifonWS " + SIMULATORS.apifon.token() + ":.+")));

        String title = "spring-" + UUID.randomUUID();
        String listId = producer.requestBody("apifon:lists?operation=create", Map.of("title", title, "type", "ADVANCED",
                "prefix", "+30"), WriteResult.class).getId();

        await().atMost(WAIT).untilAsserted(() -> assertThat(inbox.received("apifon-lists"))
                .filteredOn(ApifonList.class::isInstance).extracting(list -> ((ApifonList) list).getId()).contains(listId));
    }

    @Test
    void apsisCreatesAMailingListThatItsConsumerPolls() {
        String name = "Spring " + UUID.randomUUID();
        Long id = producer.requestBody("apsis:mailinglists?operation=create", Map.of("Name", name, "FromName", "Acme",
                "FromEmail", "news@example.com", "CharacterSet", "utf-8"), Long.class);

        await().atMost(WAIT).untilAsserted(() -> assertThat(inbox.received("apsis-mailinglists"))
                .filteredOn(MailingList.class::isInstance).extracting(list -> ((MailingList) list).getId()).contains(id));
    }

    @Test
    void getresponseRegistersTheWebhookCallsItBackAndPollsTheNewContact() {
        CallbackSettings registered = producer.requestBody("getresponse:callbacks", null, CallbackSettings.class);
        assertThat(registered.getUrl()).isEqualTo("http://localhost:" + camel.resolvePropertyPlaceholders("{{server.port}}")
                                                  + "/getresponse/callbacks?secret=spring-boot-webhook-secret");

        String campaignId = producer.requestBody("getresponse:campaigns?operation=create",
                Map.of("name", "spring_" + UUID.randomUUID().toString().substring(0, 8)), Campaign.class).getCampaignId();
        String email = "reader-" + UUID.randomUUID() + "@example.com";
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("email", email);
        contact.put("name", "Spring Reader");
        producer.requestBody("getresponse:contacts?operation=create&campaignId=" + campaignId, contact);

        await().atMost(WAIT).untilAsserted(() -> assertThat(inbox.received("getresponse-callbacks"))
                .filteredOn(CallbackEvent.class::isInstance).map(CallbackEvent.class::cast)
                .anySatisfy(event -> {
                    assertThat(event.action()).isEqualTo("subscribe");
                    assertThat(event.contactEmail()).isEqualTo(email);
                    assertThat(event.campaignId()).isEqualTo(campaignId);
                }));
        await().atMost(WAIT).untilAsserted(() -> assertThat(inbox.received("getresponse-contacts"))
                .filteredOn(Contact.class::isInstance).extracting(polled -> ((Contact) polled).getEmail()).contains(email));
    }

    @Test
    void accengageSignsItsCallsAndItsConsumerPollsASeededCampaign() {
        JsonNode me = producer.requestBody("accengage:me", null, JsonNode.class);
        assertThat(me.path("message").asText()).isEqualTo("Welcome " + SIMULATORS.accengage.email());

        String name = "Spring " + UUID.randomUUID();
        SIMULATORS.accengage.addCampaign(SIMULATORS.accengage.partnerId(), Map.of("name", name, "type", "push"));

        await().atMost(WAIT).untilAsserted(() -> assertThat(inbox.received("accengage-campaigns"))
                .filteredOn(JsonNode.class::isInstance).extracting(campaign -> ((JsonNode) campaign).path("name").asText())
                .contains(name));
    }

    @Test
    void affeliosRegistersACustomerAndReadsItBack() {
        String externalId = "player-" + UUID.randomUUID();
        AffeliosCustomer created = producer.requestBody("affelios:customers", Map.of("externalId", externalId,
                "externalBrandId", "brand-1", "clickKey", "click-" + externalId,
                "registrationDate", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString()), AffeliosCustomer.class);

        AffeliosCustomer read = producer.requestBodyAndHeader("affelios:customers?operation=get", null,
                AffeliosConstants.CUSTOMER_ID, created.getId(), AffeliosCustomer.class);

        assertThat(read.getExternalId()).isEqualTo(externalId);
    }

    @Test
    void propertiesOfEveryKindReachTheComponents(@Autowired StateRepository<String, String> consumerState) {
        ApifonConfiguration apifon = camel.getComponent("apifon", ApifonComponent.class).getConfiguration();
        assertThat(apifon.getBaseUrl()).isEqualTo(SIMULATORS.apifon.baseUrl());
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
        Map<String, Object> baseUrl = http.getForObject("/actuator/env/camel.component.apifon.base-url", Map.class);
        assertThat(((Map<String, Object>) baseUrl.get("property")).get("value")).as("show-values=always is on")
                .isEqualTo(SIMULATORS.apifon.baseUrl());
        for (String secret : List.of("camel.component.apifon.api-token", "camel.component.apifon.api-secret",
                "camel.component.getresponse.api-key", "camel.component.getresponse.webhook-secret",
                "camel.component.accengage.api-key", "camel.component.affelios.api-key", "camel.component.apsis.api-key")) {
            Map<String, Object> env = http.getForObject("/actuator/env/" + secret, Map.class);
            assertThat(((Map<String, Object>) env.get("property")).get("value")).as(secret).isEqualTo("******");
        }

        String configprops = http.getForObject("/actuator/configprops/camel.component.apifon", String.class);
        assertThat(configprops).contains(SIMULATORS.apifon.baseUrl(), "\"apiToken\":\"******\"", "\"apiSecret\":\"******\"");
        String everything = http.getForObject("/actuator/env", String.class) + http.getForObject("/actuator/configprops", String.class);
        assertThat(SIMULATORS.secrets()).isNotEmpty().allSatisfy(credential -> assertThat(everything).doesNotContain(credential));
        assertThat(everything).doesNotContain("spring-boot-webhook-secret");
    }

    @Test
    void noSecretReachesTheLog(CapturedOutput output) {
        producer.requestBody("accengage:me", null, JsonNode.class);

        assertThat(output.getAll()).contains("Started MarTechSpringBootTest");
        assertThat(SIMULATORS.secrets()).allSatisfy(credential -> assertThat(output.getAll()).doesNotContain(credential));
        assertThat(output.getAll()).doesNotContain("spring-boot-webhook-secret");
    }
}
