package io.github.camelmartech.apifon;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

import io.github.camelmartech.apifon.model.DeliveryReport;
import io.github.camelmartech.apifon.model.ImReply;
import io.github.camelmartech.apifon.model.SmsReply;
import org.apache.camel.BindToRegistry;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Delivery reports and replies through webhook:apifon:callbacks, one exchange per report. */
class ApifonWebhookTest extends CamelTestSupport {

    private static final String SECRET = "cb-s3cret-7777";
    private final int port = AvailablePortFinder.getNextAvailable();
    private final HttpClient http = HttpClient.newHttpClient();

    static final String SMS_DLR = """
            {"url":"https://yourserver/callback","request_id":"eff655d8-0cb6-47b3-8828-96e1b80b55af",
             "reference_id":"Campaign #215","data":[
               {"from":"Apifon","to":"306999999999","message_id":"e2d4424d-7d6a-49c2-b564-99b2b68c74cb",
                "custom_id":"312312412","status":{"code":7,"text":"delivered"},"error_code":"000",
                "timestamp":1517922078,"mccmnc":"20210"},
               {"from":"Apifon","to":"306999999998","message_id":"m-2","status":{"code":105,"text":"invalid"},
                "error_code":"001","timestamp":1517922079}],
             "account_id":5411,"type":"SMS"}""";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                restConfiguration().component("undertow").host("localhost").port(port);
                from("webhook:apifon:callbacks?webhookAutoRegister=false&webhookPath=/apifon&webhookSecret=" + SECRET)
                        .routeId("callbacks").to("mock:callbacks");
                // several nodes behind a load balancer would share a database-backed repository (camel-sql)
                from("webhook:apifon:callbacks?webhookAutoRegister=false&webhookPath=/apifon-once"
                     + "&idempotentRepository=#receivedCallbacks&webhookSecret=" + SECRET)
                        .routeId("callbacks-once").to("mock:once");
            }
        };
    }

    @BindToRegistry("receivedCallbacks")
    private final MemoryIdempotentRepository received = new MemoryIdempotentRepository();

    private HttpResponse<String> post(String body) throws Exception {
        return post("/apifon", body);
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path + "?secret=" + SECRET))
                .header("Content-Type", "application/json; charset=utf-8").POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aBatchOfSmsDeliveryReportsIsSplitWithDocumentedStatusNames() throws Exception {
        MockEndpoint mock = getMockEndpoint("mock:callbacks");
        mock.expectedMessageCount(2);

        HttpResponse<String> response = post(SMS_DLR);

        assertThat(response.statusCode()).isEqualTo(200);
        mock.assertIsSatisfied();
        Message first = mock.getReceivedExchanges().get(0).getMessage();
        DeliveryReport report = first.getBody(DeliveryReport.class);
        assertThat(report.messageId()).isEqualTo("e2d4424d-7d6a-49c2-b564-99b2b68c74cb");
        assertThat(report.requestId()).isEqualTo("eff655d8-0cb6-47b3-8828-96e1b80b55af");
        assertThat(report.referenceId()).isEqualTo("Campaign #215");
        assertThat(report.accountId()).isEqualTo(5411L);
        assertThat(report.status()).isEqualTo("delivered");
        assertThat(report.isDelivered()).isTrue();
        assertThat(report.finalStatus()).isTrue();
        assertThat(report.timestamp()).isEqualTo(Instant.ofEpochSecond(1517922078));
        assertThat(report.mccmnc()).isEqualTo("20210");
        assertThat(first.getHeader(ApifonConstants.CALLBACK_TYPE)).isEqualTo("DELIVERY_REPORT");
        assertThat(first.getHeader(ApifonConstants.STATUS_CODE)).isEqualTo(7);
        assertThat(first.getHeader(ApifonConstants.STATUS)).isEqualTo("delivered");
        assertThat(first.getHeader(ApifonConstants.MESSAGE_ID)).isEqualTo("e2d4424d-7d6a-49c2-b564-99b2b68c74cb");
        Message second = mock.getReceivedExchanges().get(1).getMessage();
        assertThat(second.getHeader(ApifonConstants.STATUS)).isEqualTo("lookup_invalid_msisdn");
        assertThat(second.getBody(DeliveryReport.class).statusText()).isEqualTo("invalid");
    }

    @Test
    void viberReportsUseTheImStatusTableAndOtpReportsTheSmsOne() throws Exception {
        MockEndpoint mock = getMockEndpoint("mock:callbacks");
        mock.expectedMessageCount(2);

        post("""
                {"request_id":"ccb9111f","reference_id":"Campaign #216","data":[{"from":"Mookee","to":"306999999999",
                 "message_id":"6f3f5441","custom_id":"312312412","status":{"code":3,"text":"sent"},"timestamp":1517926706}],
                 "account_id":5411,"type":"VIBER"}""");
        post("""
                {"request_id":"fc4a9c38","reference_id":"OTP-944706","data":[{"from":"Apifon","to":"306999999999",
                 "message_id":"1c4ecbb0","status":{"code":110,"text":"x"},"error_code":"000","timestamp":1518536806}],
                 "account_id":5195,"type":"SMS"}""");

        mock.assertIsSatisfied();
        DeliveryReport viber = mock.getReceivedExchanges().get(0).getMessage().getBody(DeliveryReport.class);
        assertThat(viber.type()).isEqualTo("VIBER");
        assertThat(viber.status()).isEqualTo("sent");
        assertThat(viber.finalStatus()).isFalse();
        assertThat(viber.errorCode()).isNull();
        DeliveryReport otp = mock.getReceivedExchanges().get(1).getMessage().getBody(DeliveryReport.class);
        assertThat(otp.status()).isEqualTo("no_price");
        assertThat(otp.referenceId()).isEqualTo("OTP-944706");
    }

    @Test
    void smsAndImRepliesAreTyped() throws Exception {
        MockEndpoint mock = getMockEndpoint("mock:callbacks");
        mock.expectedMessageCount(2);

        post("""
                {"message_id":"d5a53b51-dc57-4c2c-b880-36f788c4d4d4","from":"306999999999","to":"306988888888",
                 "text":"This is my reply.","timestamp":1481126247,"type":"SMS"}""");
        post("""
                {"channel":"VIBER","reply":{"reply_message_id":"d5a53b51","from":"306999999999","to":"306988888888",
                 "timestamp":1481126247,"price":0.05,"message":{"text":"This is my reply."}},
                 "original_im":{"message_id":"6f3f5441","request_id":"ccb9111f","reference_id":"My Reference",
                 "custom_id":"312312412"}}""");

        mock.assertIsSatisfied();
        Message sms = mock.getReceivedExchanges().get(0).getMessage();
        assertThat(sms.getHeader(ApifonConstants.CALLBACK_TYPE)).isEqualTo("SMS_REPLY");
        SmsReply smsReply = sms.getBody(SmsReply.class);
        assertThat(smsReply.text()).isEqualTo("This is my reply.");
        assertThat(smsReply.from()).isEqualTo("306999999999");
        assertThat(smsReply.timestamp()).isEqualTo(Instant.ofEpochSecond(1481126247));
        Message im = mock.getReceivedExchanges().get(1).getMessage();
        assertThat(im.getHeader(ApifonConstants.CALLBACK_TYPE)).isEqualTo("IM_REPLY");
        assertThat(im.getHeader(ApifonConstants.REQUEST_ID)).isEqualTo("ccb9111f");
        ImReply imReply = im.getBody(ImReply.class);
        assertThat(imReply.price()).isEqualTo(0.05);
        assertThat(imReply.text()).isEqualTo("This is my reply.");
        assertThat(imReply.originalMessageId()).isEqualTo("6f3f5441");
        assertThat(imReply.originalReferenceId()).isEqualTo("My Reference");
    }

    @Test
    void badOrUnauthenticatedCallbacksAreRefused() throws Exception {
        assertThat(post("{\"data\":[{\"message_id\":\"m\",,}]}").statusCode()).isEqualTo(400);
        assertThat(post("{\"data\":{\"message_id\":\"m\"}}").statusCode()).isEqualTo(400);
        assertThat(post("{\"data\":[{\"to\":\"306999999999\"}]}").statusCode()).isEqualTo(400);
        assertThat(post("{\"hello\":\"world\"}").statusCode()).isEqualTo(400);
        HttpResponse<String> noSecret = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/apifon"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(SMS_DLR)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(noSecret.statusCode()).isEqualTo(401);
        assertThat(getMockEndpoint("mock:callbacks").getReceivedCounter()).isZero();
    }

    @Test
    void withAnIdempotentRepositoryAReSentDeliveryReportIsAnsweredButNotEmittedAgain() throws Exception {
        MockEndpoint mock = getMockEndpoint("mock:once");

        assertThat(post("/apifon-once", SMS_DLR).body()).isEqualTo("{\"received\":2}");
        HttpResponse<String> resent = post("/apifon-once", SMS_DLR);
        HttpResponse<String> resentAgain = post("/apifon-once", SMS_DLR);
        // a later status of the first message is another event
        post("/apifon-once", SMS_DLR.replace("\"code\":7,\"text\":\"delivered\"", "\"code\":4,\"text\":\"pending\"")
                .replace("\"message_id\":\"m-2\"", "\"message_id\":\"m-3\""));

        assertThat(resent.statusCode()).isEqualTo(200);
        assertThat(resent.body()).isEqualTo("{\"received\":2,\"duplicates\":2}");
        assertThat(resentAgain.body()).isEqualTo("{\"received\":2,\"duplicates\":2}");
        assertThat(mock.getReceivedExchanges()).extracting(e -> e.getMessage().getHeader(ApifonConstants.MESSAGE_ID)
                                                                + "/" + e.getMessage().getHeader(ApifonConstants.STATUS_CODE))
                .containsExactly("e2d4424d-7d6a-49c2-b564-99b2b68c74cb/7", "m-2/105",
                        "e2d4424d-7d6a-49c2-b564-99b2b68c74cb/4", "m-3/105");
        assertThat(received.contains("dlr:m-2:105:1517922079")).isTrue();
        assertThat(getMockEndpoint("mock:callbacks").getReceivedCounter()).as("the endpoint without a repository")
                .isZero();
    }

    @Test
    void aReportTheRouteFailedOnIsEmittedAgainWhenApifonReSendsIt() throws Exception {
        MockEndpoint mock = getMockEndpoint("mock:once");
        mock.whenExchangeReceived(1, exchange -> {
            throw new IllegalStateException("database down");
        });
        String oneReport = """
                {"request_id":"r-9","data":[{"from":"Apifon","to":"306999999999","message_id":"m-9",
                 "status":{"code":7,"text":"delivered"},"timestamp":1517922078}],"account_id":5411,"type":"SMS"}""";

        assertThat(post("/apifon-once", oneReport).statusCode()).isEqualTo(500);
        assertThat(received.contains("dlr:m-9:7:1517922078")).as("a failed item is not remembered").isFalse();
        HttpResponse<String> resent = post("/apifon-once", oneReport);
        HttpResponse<String> resentAgain = post("/apifon-once", oneReport);

        assertThat(resent.body()).isEqualTo("{\"received\":1}");
        assertThat(resentAgain.body()).isEqualTo("{\"received\":1,\"duplicates\":1}");
        assertThat(mock.getReceivedCounter()).as("failed once, completed once, then dropped").isEqualTo(2);
    }
}
