package io.github.camelmartech.getresponse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.github.camelmartech.getresponse.model.CallbackEvent;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Callbacks through webhook:getresponse:callbacks: registered with /accounts/callbacks when the route starts, disabled when it is shut down,
 * GET callbacks and JSON webhooks as typed events, refusals.
 */
class GetResponseWebhookTest extends GetResponseTestSupport {

    private static final String SECRET = "cb-s3cret-5555";
    private final int port = AvailablePortFinder.getNextAvailable();
    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    protected void doPreSetup() throws Exception {
        // the route registers its callback when the context starts, before any @BeforeEach of this class
        wm.resetAll();
        wm.stubFor(post("/v3/accounts/callbacks").willReturn(okJson("{}")));
        wm.stubFor(delete("/v3/accounts/callbacks").willReturn(aResponse().withStatus(204)));
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                restConfiguration().component("undertow").host("localhost").port(port);
                from("webhook:" + uri("callbacks", "&callbackActions=subscribe,open&webhookSecret=" + SECRET)
                     + "&webhookPath=/gr&webhookExternalUrl=https://hooks.example.com")
                        .routeId("callbacks").to("mock:events");
            }
        };
    }

    private HttpResponse<String> get(String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/gr?" + query)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theCallbackIsRegisteredOnStartWithTheSecretAndDisabledOnStop() throws Exception {
        one(postRequestedFor(urlEqualTo("/v3/accounts/callbacks")).withRequestBody(equalToJson(
                "{\"url\":\"https://hooks.example.com/gr?secret=" + SECRET + "\",\"actions\":{\"subscribe\":true,\"open\":true}}")));

        context.stop();

        one(deleteRequestedFor(urlEqualTo("/v3/accounts/callbacks")));
    }

    @Test
    void aGetCallbackBecomesATypedEvent() throws Exception {
        MockEndpoint mock = getMockEndpoint("mock:events");
        mock.expectedMessageCount(1);

        HttpResponse<String> response = get("action=open&ACCOUNT_ID=A1&account_login=myaccount&CAMPAIGN_ID=C1"
                                            + "&campaign_name=mycampaign&MESSAGE_ID=M1&message_subject=Some%20subject"
                                            + "&CONTACT_ID=K1&contact_name=Friend&contact_email=friend%2Bx%40example.com"
                                            + "&secret=" + SECRET);

        assertThat(response.statusCode()).isEqualTo(200);
        mock.assertIsSatisfied();
        Message m = mock.getReceivedExchanges().get(0).getMessage();
        CallbackEvent event = m.getBody(CallbackEvent.class);
        assertThat(event.action()).isEqualTo("open");
        assertThat(event.accountId()).isEqualTo("A1");
        assertThat(event.campaignId()).isEqualTo("C1");
        assertThat(event.contactId()).isEqualTo("K1");
        assertThat(event.contactEmail()).isEqualTo("friend+x@example.com");
        assertThat(event.messageId()).isEqualTo("M1");
        assertThat(event.data()).containsEntry("message_subject", "Some subject").doesNotContainKey("secret");
        assertThat(m.getHeader(GetResponseConstants.ACTION)).isEqualTo("open");
        assertThat(m.getHeader(GetResponseConstants.CAMPAIGN_ID)).isEqualTo("C1");
    }

    @Test
    void aJsonWebhookBecomesATypedEvent() throws Exception {
        MockEndpoint mock = getMockEndpoint("mock:events");
        mock.expectedMessageCount(1);

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/gr"))
                .header("Content-Type", "application/json").header("X-Webhook-Secret", SECRET)
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"type":"contact_opened_message","contact":{"contactId":"abc123","email":"example@example.com",
                         "name":"Friend","campaign":{"campaignId":"bcd234","name":"my_first_campaign"}},
                         "message":{"resourceType":"autoresponders","resourceId":"cde345","subject":"My First Newsletter"},
                         "account":{"accountId":"def456"},"event":{"occurredAt":"2021-04-27T12:56:00+00:00"}}"""))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        mock.assertIsSatisfied();
        CallbackEvent event = mock.getReceivedExchanges().get(0).getMessage().getBody(CallbackEvent.class);
        assertThat(event.action()).isEqualTo("contact_opened_message");
        assertThat(event.contactId()).isEqualTo("abc123");
        assertThat(event.campaignId()).isEqualTo("bcd234");
        assertThat(event.messageId()).isEqualTo("cde345");
        assertThat(event.accountId()).isEqualTo("def456");
        assertThat(event.occurredAt()).isEqualTo("2021-04-27T12:56:00+00:00");
    }

    @Test
    void callbacksWithoutTheSecretOrWithoutAnActionAreRefused() throws Exception {
        assertThat(get("action=open&CAMPAIGN_ID=C1").statusCode()).isEqualTo(401);
        assertThat(get("CAMPAIGN_ID=C1&secret=" + SECRET).statusCode()).isEqualTo(400);
        assertThat(get("secret=" + SECRET).statusCode()).isEqualTo(400);
        assertThat(getMockEndpoint("mock:events").getReceivedCounter()).isZero();
    }
}
