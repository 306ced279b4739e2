package io.github.camelmartech.tests.quarkus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.accengage.AccengageComponent;
import io.github.camelmartech.affelios.AffeliosConstants;
import io.github.camelmartech.affelios.model.AffeliosCustomer;
import io.github.camelmartech.apifon.ApifonComponent;
import io.github.camelmartech.apifon.ApifonConstants;
import io.github.camelmartech.apifon.model.ApifonList;
import io.github.camelmartech.apifon.model.SendResponse;
import io.github.camelmartech.apifon.model.WriteResult;
import io.github.camelmartech.apsis.model.MailingList;
import io.github.camelmartech.getresponse.model.Accepted;
import io.github.camelmartech.getresponse.model.Campaign;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five components on Camel Quarkus (JVM mode), discovered through their jars' Jandex index and service files,
 * configured only by configuration (application.properties plus each simulator's URL and credentials), calling
 * the sandbox's simulators; the vendors with list endpoints also poll.
 */
@QuarkusTest
@WithTestResource(SimulatorsResource.class)
class MarTechQuarkusTest {

    @SimulatorsResource.InjectSimulators
    Simulators simulators;

    @Inject
    CamelContext camel;
    @Inject
    ProducerTemplate producer;
    @Inject
    Inbox inbox;

    @Test
    void apifonSendsASignedSmsAndPollsANewList() {
        String recipient = "306990000011";
        SendResponse sent = producer.requestBodyAndHeader("apifon:sms?senderId=Acme", "Hello from Quarkus",
                ApifonConstants.RECIPIENTS, recipient, SendResponse.class);
        assertThat(sent.getResults().get(recipient).get(0).getMessageId()).isNotBlank();
        simulators.apifon.wireMock().verify(postRequestedFor(urlPathEqualTo("/services/api/v1/sms/send"))
                .withHeader("Authorization", matching("ApifonWS " + simulators.apifon.token() + ":.+")));

        String listId = producer.requestBody("apifon:lists?operation=create", Map.of("title", "quarkus-" + UUID.randomUUID(),
                "type", "ADVANCED", "prefix", "+30"), WriteResult.class).getId();
        awaitReceived("apifon-lists", () -> inbox.received("apifon-lists").stream()
                .anyMatch(list -> list instanceof ApifonList apifon && listId.equals(apifon.getId())));
    }

    @Test
    void apsisCreatesAMailingListAndPollsIt() {
        Long id = producer.requestBody("apsis:mailinglists?operation=create", Map.of("Name", "Quarkus " + UUID.randomUUID(),
                "FromName", "Acme", "FromEmail", "news@example.com", "CharacterSet", "utf-8"), Long.class);

        awaitReceived("apsis-mailinglists", () -> inbox.received("apsis-mailinglists").stream()
                .anyMatch(list -> list instanceof MailingList apsis && id.equals(apsis.getId())));
    }

    @Test
    void getresponseCreatesACampaignAndAContactAndPollsTheCampaign() {
        String campaignId = producer.requestBody("getresponse:campaigns?operation=create",
                Map.of("name", "quarkus_" + UUID.randomUUID().toString().substring(0, 8)), Campaign.class).getCampaignId();
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("email", "reader-" + UUID.randomUUID() + "@example.com");
        Accepted accepted = producer.requestBody("getresponse:contacts?operation=create&campaignId=" + campaignId, contact,
                Accepted.class);

        assertThat(accepted.status()).isEqualTo(202);
        awaitReceived("getresponse-campaigns", () -> inbox.received("getresponse-campaigns").stream()
                .anyMatch(campaign -> campaign instanceof Campaign polled && campaignId.equals(polled.getCampaignId())));
    }

    @Test
    void accengageSignsItsCallsAndPollsASeededCampaign() {
        JsonNode me = producer.requestBody("accengage:me", null, JsonNode.class);
        assertThat(me.path("message").asText()).isEqualTo("Welcome " + simulators.accengage.email());

        String name = "Quarkus " + UUID.randomUUID();
        simulators.accengage.addCampaign(simulators.accengage.partnerId(), Map.of("name", name, "type", "push"));
        awaitReceived("accengage-campaigns", () -> inbox.received("accengage-campaigns").stream()
                .anyMatch(campaign -> campaign instanceof JsonNode json && name.equals(json.path("name").asText())));
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
    void applicationPropertiesReachTheComponents() {
        assertThat(camel.getComponent("apifon", ApifonComponent.class).getConfiguration().getResponseTimeout())
                .as("20s").isEqualTo(20_000);
        assertThat(camel.getComponent("apifon", ApifonComponent.class).getConfiguration().getMaxRetries()).isEqualTo(2);
        assertThat(camel.getComponent("accengage", AccengageComponent.class).getConfiguration().getConnectTimeout())
                .isEqualTo(5000);
        assertThat(camel.getComponent("apifon", ApifonComponent.class).getConfiguration().getBaseUrl())
                .isEqualTo(simulators.apifon.baseUrl());
        assertThat(List.of("apifon-lists", "apsis-mailinglists", "getresponse-campaigns", "accengage-campaigns"))
                .allSatisfy(routeId -> assertThat(camel.getRouteController().getRouteStatus(routeId).isStarted()).isTrue());
    }

    @Test
    void camelMainsConfigurationSummaryMasksEverySecretOption() throws Exception {
        String log = Files.readString(Path.of("target/quarkus-test.log"));

        assertThat(log).contains("Auto-configuration summary", "camel.component.apifon.apiToken = xxxxxx",
                "camel.component.apifon.apiSecret = xxxxxx", "camel.component.apifon.baseUrl = " + simulators.apifon.baseUrl());
        assertThat(simulators.secrets()).hasSize(6).allSatisfy(secret -> assertThat(log).doesNotContain(secret));
    }

    /** Waits (20 s at most) until {@code received} holds. */
    private static void awaitReceived(String routeId, Supplier<Boolean> received) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!received.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(routeId + " did not receive the item within 20 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
