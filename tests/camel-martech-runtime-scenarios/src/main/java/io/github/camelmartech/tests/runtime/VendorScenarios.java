package io.github.camelmartech.tests.runtime;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.affelios.AffeliosConstants;
import io.github.camelmartech.affelios.model.AffeliosCustomer;
import io.github.camelmartech.apifon.ApifonConstants;
import io.github.camelmartech.apifon.model.ApifonList;
import io.github.camelmartech.apifon.model.SendResponse;
import io.github.camelmartech.apifon.model.WriteResult;
import io.github.camelmartech.apsis.model.MailingList;
import io.github.camelmartech.getresponse.model.Accepted;
import io.github.camelmartech.getresponse.model.Campaign;
import io.github.camelmartech.sandbox.accengage.AccengageSimulator;
import io.github.camelmartech.sandbox.affelios.AffeliosSimulator;
import io.github.camelmartech.sandbox.apifon.ApifonSimulator;
import io.github.camelmartech.sandbox.apsis.ApsisSimulator;
import io.github.camelmartech.sandbox.getresponse.GetResponseSimulator;
import org.apache.camel.ProducerTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each vendor's calls as a runtime test makes them, through the runtime's {@link ProducerTemplate}, against the
 * sandbox's simulators (the runtime configured from their {@code properties()}); {@code polled} is what the runtime's
 * consumer route of that collection received so far. Components must be configured by the runtime alone: no URI here
 * carries a base URL or credential.
 */
public final class VendorScenarios {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private VendorScenarios() {
    }

    /** An SMS signed with the configured token; a new list shows up in the list consumer. */
    public static void apifonSendsASignedSmsAndPollsANewList(ProducerTemplate producer, ApifonSimulator apifon,
                                                            Supplier<List<Object>> polled) {
        String recipient = "306990000011";
        SendResponse sent = producer.requestBodyAndHeader("apifon:sms?senderId=Acme", "Hello from a runtime test",
                ApifonConstants.RECIPIENTS, recipient, SendResponse.class);
        assertThat(sent.getResults().get(recipient).get(0).getMessageId()).isNotBlank();
        apifon.wireMock().verify(postRequestedFor(urlPathEqualTo("/services/api/v1/sms/send"))
                .withHeader("Authorization", matching("ApifonWS " + apifon.token() + ":.+")));

        String listId = producer.requestBody("apifon:lists?operation=create", Map.of("title", "runtime-" + UUID.randomUUID(),
                "type", "ADVANCED", "prefix", "+30"), WriteResult.class).getId();
        awaitPolled("the new Apifon list", polled, item -> item instanceof ApifonList list && listId.equals(list.getId()));
    }

    /** A new mailing list shows up in the mailing list consumer. */
    public static void apsisCreatesAMailingListThatIsPolled(ProducerTemplate producer, Supplier<List<Object>> polled) {
        Long id = producer.requestBody("apsis:mailinglists?operation=create", Map.of("Name", "Runtime " + UUID.randomUUID(),
                "FromName", "Acme", "FromEmail", "news@example.com", "CharacterSet", "utf-8"), Long.class);
        awaitPolled("the new APSIS mailing list", polled, item -> item instanceof MailingList list && id.equals(list.getId()));
    }

    /** A GetResponse campaign and a contact in it (accepted, queued by GetResponse). */
    public record GetResponseContact(String campaignId, String email) {
    }

    public static GetResponseContact getresponseCreatesACampaignAndAContact(ProducerTemplate producer) {
        String campaignId = producer.requestBody("getresponse:campaigns?operation=create",
                Map.of("name", "runtime_" + UUID.randomUUID().toString().substring(0, 8)), Campaign.class).getCampaignId();
        String email = "reader-" + UUID.randomUUID() + "@example.com";
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("email", email);
        contact.put("name", "Runtime Reader");
        Accepted accepted = producer.requestBody("getresponse:contacts?operation=create&campaignId=" + campaignId, contact,
                Accepted.class);
        assertThat(accepted.status()).isEqualTo(202);
        return new GetResponseContact(campaignId, email);
    }

    /** The token-authenticated, signed {@code me} call; a campaign seeded at the vendor shows up in the consumer. */
    public static void accengageSignsItsCallsAndPollsASeededCampaign(ProducerTemplate producer, AccengageSimulator accengage,
                                                                    Supplier<List<Object>> polled) {
        JsonNode me = producer.requestBody("accengage:me", null, JsonNode.class);
        assertThat(me.path("message").asText()).isEqualTo("Welcome " + accengage.email());

        String name = "Runtime " + UUID.randomUUID();
        accengage.addCampaign(accengage.partnerId(), Map.of("name", name, "type", "push"));
        awaitPolled("the seeded Accengage campaign", polled,
                item -> item instanceof JsonNode campaign && name.equals(campaign.path("name").asText()));
    }

    /** A customer registered, then read back by its id. */
    public static void affeliosRegistersACustomerAndReadsItBack(ProducerTemplate producer) {
        String externalId = "player-" + UUID.randomUUID();
        AffeliosCustomer created = producer.requestBody("affelios:customers", Map.of("externalId", externalId,
                "externalBrandId", "brand-1", "clickKey", "click-" + externalId,
                "registrationDate", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString()), AffeliosCustomer.class);

        AffeliosCustomer read = producer.requestBodyAndHeader("affelios:customers?operation=get", null,
                AffeliosConstants.CUSTOMER_ID, created.getId(), AffeliosCustomer.class);

        assertThat(read.getExternalId()).isEqualTo(externalId);
    }

    /**
     * The secrets the sandbox gives the components, for the checks that none is shown (Accengage's user e-mail and
     * app id are not secret).
     */
    public static List<String> secrets(ApifonSimulator apifon, ApsisSimulator apsis, GetResponseSimulator getresponse,
                                       AccengageSimulator accengage, AffeliosSimulator affelios) {
        return List.of(apifon.token(), apifon.secret(), apsis.apiKey(), getresponse.apiKey(), accengage.apiKey(),
                affelios.apiKey());
    }

    /** Waits (20 s at most) until an item matching {@code expected} was polled. */
    public static void awaitPolled(String what, Supplier<List<Object>> polled, Predicate<Object> expected) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (polled.get().stream().noneMatch(expected)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " was not polled within " + WAIT.toSeconds() + " s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }
}
