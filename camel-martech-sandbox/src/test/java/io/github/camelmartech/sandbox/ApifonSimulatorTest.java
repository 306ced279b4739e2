package io.github.camelmartech.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.camelmartech.apifon.ApifonConstants;
import io.github.camelmartech.apifon.model.ApifonList;
import io.github.camelmartech.apifon.model.Balance;
import io.github.camelmartech.apifon.model.ListSubscriber;
import io.github.camelmartech.apifon.model.OtpStatus;
import io.github.camelmartech.apifon.model.OtpVerifyResult;
import io.github.camelmartech.apifon.model.SendResponse;
import io.github.camelmartech.apifon.model.WriteResult;
import io.github.camelmartech.sandbox.apifon.ApifonSandbox;
import io.github.camelmartech.sandbox.apifon.ApifonSimulator;
import io.github.camelmartech.support.error.MarTechAuthenticationException;
import io.github.camelmartech.support.error.MarTechConflictException;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Apifon simulator driven by the real camel-apifon component, as a user's test would. */
@ApifonSandbox
class ApifonSimulatorTest extends SandboxCamelTest {

    ApifonSimulatorTest() {
        super("apifon");
    }

    private static String createList(ProducerTemplate apifon) {
        WriteResult created = apifon.requestBody("apifon:lists?operation=create",
                Map.of("title", "Newsletter", "type", "ADVANCED", "prefix", "+30"), WriteResult.class);
        assertThat(created.getStatus()).isEqualTo(201);
        return created.getId();
    }

    @Test
    void aCreatedListIsVisibleAndItsSubscribersArePolledBackOverThreePagesOnce(ApifonSimulator apifon) throws Exception {
        ProducerTemplate producer = start(apifon.componentOptions());
        String listId = createList(producer);
        for (int i = 1; i <= 5; i++) {
            producer.sendBodyAndHeader("apifon:subscribers?operation=add", Map.of("destination", "+30699000000" + i,
                    "email", "user" + i + "@example.com"), ApifonConstants.LIST_ID, listId);
        }
        ApifonList list = producer.requestBody("apifon:lists?operation=get&listId=" + listId, null, ApifonList.class);
        assertThat(list.getTitle()).isEqualTo("Newsletter");
        assertThat(list.getTotalSubscribers()).isEqualTo(5);

        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("apifon:subscribers?listId=" + listId + "&pageSize=2&delay=100").routeId("poll").to("mock:subscribers");
            }
        });
        MockEndpoint mock = camel.getEndpoint("mock:subscribers", MockEndpoint.class);
        mock.expectedMessageCount(5);
        mock.assertIsSatisfied(10_000);
        List<String> destinations = mock.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getBody(ListSubscriber.class).getDestination()).toList();
        assertThat(destinations).containsExactlyInAnyOrder("306990000001", "306990000002", "306990000003",
                "306990000004", "306990000005");
        apifon.wireMock().verify(getRequestedFor(urlPathEqualTo("/services/api/v1/list/" + listId + "/subscriber"))
                .withQueryParam("page", equalTo("3")).withQueryParam("size", equalTo("2")));

        int requestsBefore = apifon.wireMock().getAllServeEvents().size();
        Eventually.until("three more polls", () -> apifon.wireMock().getAllServeEvents().size() > requestsBefore + 3);
        assertThat(mock.getReceivedCounter()).as("unchanged polls emit nothing").isEqualTo(5);
    }

    @Test
    void aDuplicateSubscriberIsAConflictAndAnUnknownListIsNotFound(ApifonSimulator apifon) {
        ProducerTemplate producer = start(apifon.componentOptions());
        String listId = createList(producer);
        Map<String, Object> headers = Map.of(ApifonConstants.LIST_ID, listId);
        producer.sendBodyAndHeaders("apifon:subscribers?operation=add", Map.of("destination", "+306990000001"), headers);
        assertThatThrownBy(() -> producer.sendBodyAndHeaders("apifon:subscribers?operation=add",
                Map.of("destination", "306990000001"), headers))
                .isInstanceOf(CamelExecutionException.class).cause().isInstanceOf(MarTechConflictException.class);
    }

    @Test
    void anSmsWithACallbackUrlGetsItsDeliveryReportPostedThere(ApifonSimulator apifon) throws Exception {
        WireMockServer receiver = new WireMockServer(options().dynamicPort().dynamicHttpsPort());
        receiver.start();
        try {
            receiver.stubFor(post("/dlr").willReturn(ok()));
            ProducerTemplate producer = start(apifon.componentOptions());
            String callbackUrl = "https://localhost:" + receiver.httpsPort() + "/dlr";
            SendResponse sent = producer.requestBody("apifon:sms?senderId=Acme&recipients=306999999999&callbackUrl="
                                                     + callbackUrl, "Hello there", SendResponse.class);
            String messageId = sent.getResults().get("306999999999").get(0).getMessageId();

            Eventually.until("the delivery report", () -> !apifon.callbacks().deliveries().isEmpty());
            assertThat(apifon.callbacks().deliveries().get(0).status()).isEqualTo(200);
            receiver.verify(postRequestedFor(urlEqualTo("/dlr"))
                    .withRequestBody(matchingJsonPath("$.request_id", equalTo(sent.getRequestId())))
                    .withRequestBody(matchingJsonPath("$.data[0].message_id", equalTo(messageId)))
                    .withRequestBody(matchingJsonPath("$.data[0].status.text", equalTo("delivered")))
                    .withRequestBody(matchingJsonPath("$.type", equalTo("SMS"))));
            apifon.wireMock().verify(postRequestedFor(urlEqualTo("/services/api/v1/sms/send"))
                    .withRequestBody(matchingJsonPath("$.message.sender_id", equalTo("Acme"))));
        } finally {
            receiver.stop();
        }
    }

    @Test
    void aOneTimePasswordVerifiesOnceWithTheCodeTheSimulatorSent(ApifonSimulator apifon) {
        ProducerTemplate producer = start(apifon.componentOptions());
        producer.sendBody("apifon:otp", Map.of("reference_id", "login-42", "subscriber", "306999999999"));
        String code = apifon.otpCode("login-42").orElseThrow();
        Map<String, Object> headers = Map.of(ApifonConstants.REFERENCE_ID, "login-42", ApifonConstants.OTP_CODE, code);

        OtpVerifyResult first = producer.requestBodyAndHeaders("apifon:otp?operation=verify", null, headers,
                OtpVerifyResult.class);
        OtpVerifyResult second = producer.requestBodyAndHeaders("apifon:otp?operation=verify", null, headers,
                OtpVerifyResult.class);
        assertThat(first.getStatus()).isEqualTo(OtpStatus.VALID);
        assertThat(second.getStatus()).isNotEqualTo(OtpStatus.VALID);
    }

    @Test
    void aThrottledCallIsRetriedAfterTheWaitApifonAskedFor(ApifonSimulator apifon) {
        apifon.faults().throttle(1, Duration.ZERO);
        ProducerTemplate producer = start(apifon.componentOptions());
        Balance balance = producer.requestBody("apifon:balance", null, Balance.class);
        assertThat(Double.parseDouble(balance.getBalance())).isPositive();
        apifon.wireMock().verify(2, postRequestedFor(urlEqualTo("/services/api/v1/balance")));
    }

    @Test
    void oauth2ClientCredentialsAreAnAlternativeToHmac(ApifonSimulator apifon) {
        ProducerTemplate producer = start(apifon.oauth2ComponentOptions());
        assertThat(producer.requestBody("apifon:balance", null, Balance.class).getBalance()).isNotBlank();
        apifon.wireMock().verify(postRequestedFor(urlEqualTo("/services/api/v1/balance"))
                .withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    void aWrongSecretIsRefusedWithApifonsUnauthorizedBody(ApifonSimulator apifon) throws Exception {
        Map<String, String> wrong = new HashMap<>(apifon.componentOptions());
        wrong.put("apiSecret", "not-the-secret");
        ProducerTemplate producer = start(wrong);
        assertThatThrownBy(() -> producer.requestBody("apifon:balance", null, Balance.class))
                .cause().isInstanceOf(MarTechAuthenticationException.class);

        HttpResponse<String> unsigned = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(apifon.baseUrl() + "/services/api/v1/balance"))
                .header("Authorization", "ApifonWS " + apifon.token() + ":bm90IGEgc2lnbmF0dXJl")
                .header("X-ApifonWS-Date", "Thu, 29 Sep 2016 12:18:56 GMT")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unsigned.statusCode()).isEqualTo(401);
        JsonNode body = SimJson.mapper().readTree(unsigned.body());
        assertThat(body.path("status").asText()).isEqualTo("401");
        assertThat(body.path("title").asText()).isEqualTo("Unauthorized");
        assertThat(body.path("error_details").isObject()).isTrue();
        assertThat(body.path("error_report_code").asText()).isNotBlank();
    }
}
