package io.github.camelmartech.apifon;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelmartech.apifon.model.LandingPage;
import io.github.camelmartech.apifon.model.Message;
import io.github.camelmartech.apifon.model.Recipient;
import io.github.camelmartech.apifon.model.SendResponse;
import io.github.camelmartech.apifon.model.SmsRequest;
import io.github.camelmartech.support.error.MarTechAuthenticationException;
import io.github.camelmartech.support.error.MarTechValidationException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApifonSmsTest extends ApifonTestSupport {

    static final String SEND_PATH = "/services/api/v1/sms/send";
    static final String SEND_RESPONSE = "{\"request_id\":\"eff655d8-0cb6-47b3-8828-96e1b80b55af\",\"reference\":\"Campaign #215\","
                                        + "\"results\":{\"306999999999\":[{\"message_id\":\"e2d4424d-7d6a-49c2-b564-99b2b68c74cb\","
                                        + "\"custom_id\":\"222\",\"length\":11,\"short_code\":null,\"short_url\":null}]},"
                                        + "\"result_info\":{\"status_code\":200,\"description\":\"OK\"}}";

    @Test
    void aStringBodyIsTheTextSentToTheOptionRecipientsFromTheOptionSender() {
        wm.stubFor(post(SEND_PATH).willReturn(okJson(SEND_RESPONSE)));

        Exchange result = template.request(uri("sms", "&senderId=Apifon&recipients=306999999999,306988888888"),
                e -> e.getMessage().setBody("Hello There!"));

        LoggedRequest request = signed(postRequestedFor(urlEqualTo(SEND_PATH)).withHeader("Content-Type", containing(JSON)));
        assertThat(request.getBodyAsString()).isEqualTo("{\"subscribers\":[{\"number\":\"306999999999\"},"
                                                        + "{\"number\":\"306988888888\"}],\"message\":{\"text\":\"Hello There!\",\"sender_id\":\"Apifon\"}}");
        SendResponse response = result.getMessage().getBody(SendResponse.class);
        assertThat(response.getRequestId()).isEqualTo("eff655d8-0cb6-47b3-8828-96e1b80b55af");
        assertThat(response.getResultInfo().getStatusCode()).isEqualTo("200");
        assertThat(response.getResults().get("306999999999").get(0).getLength()).isEqualTo(11);
        assertThat(result.getMessage().getHeader(ApifonConstants.REQUEST_ID)).isEqualTo("eff655d8-0cb6-47b3-8828-96e1b80b55af");
        assertThat(result.getMessage().getHeader(ApifonConstants.MESSAGE_IDS))
                .isEqualTo(Map.of("306999999999", List.of("e2d4424d-7d6a-49c2-b564-99b2b68c74cb")));
    }

    @Test
    void headersOverrideTheRecipientsAndSenderOptions() {
        wm.stubFor(post(SEND_PATH).willReturn(okJson(SEND_RESPONSE)));

        template.requestBodyAndHeaders(uri("sms", "&senderId=Apifon&recipients=306999999999"), "Hi",
                Map.of(ApifonConstants.RECIPIENTS, List.of("447700900123"), ApifonConstants.SENDER_ID, "12345",
                        ApifonConstants.REFERENCE_ID, "ref-1"));

        LoggedRequest request = signed(postRequestedFor(urlEqualTo(SEND_PATH)));
        assertThat(request.getBodyAsString()).isEqualTo("{\"subscribers\":[{\"number\":\"447700900123\"}],\"message\":"
                                                        + "{\"text\":\"Hi\",\"sender_id\":\"12345\"},\"reference_id\":\"ref-1\"}");
    }

    @Test
    void aCompleteTypedRequestCarriesParamsLandingPageReferenceCallbackTteAndSchedule() {
        wm.stubFor(post(SEND_PATH).willReturn(okJson(SEND_RESPONSE)));
        LandingPage landing = new LandingPage();
        landing.setUrl("https://mookee.apifon.com/user/login/");
        landing.setData(Map.of("name", "Mr. John"));
        landing.setRedirect(true);
        Recipient john = new Recipient();
        john.setNumber("306999999999");
        john.setCustomId("222");
        john.setParams(new java.util.LinkedHashMap<>(Map.of("apifon_lp", landing)));
        john.getParams().put("name", "John");
        Message message = new Message();
        message.setText("Hello {name}! {apifon_lp}");
        message.setDc(0);
        message.setSenderId("Apifon");
        SmsRequest sms = new SmsRequest();
        sms.setSubscribers(List.of(john));
        sms.setMessage(message);
        sms.setReferenceId("Campaign #215");
        sms.setCallbackUrl("https://yourserver/callback");
        sms.setTte("86400");
        sms.setDate("2018-02-06T12:43:23");

        template.requestBody(uri("sms", ""), sms);

        LoggedRequest request = signed(postRequestedFor(urlEqualTo(SEND_PATH)));
        assertThat(request.getBodyAsString()).contains("\"tte\":\"86400\"", "\"date\":\"2018-02-06T12:43:23\"");
        wm.verify(postRequestedFor(urlEqualTo(SEND_PATH)).withRequestBody(equalToJson("""
                {"subscribers":[{"number":"306999999999","custom_id":"222","params":{"apifon_lp":
                  {"url":"https://mookee.apifon.com/user/login/","data":{"name":"Mr. John"},"redirect":true},"name":"John"}}],
                 "reference_id":"Campaign #215","message":{"text":"Hello {name}! {apifon_lp}","dc":0,"sender_id":"Apifon"},
                 "callback_url":"https://yourserver/callback","tte":"86400","date":"2018-02-06T12:43:23"}""")));
    }

    @Test
    void mapAndJsonStringBodiesAreTheSameRequest() {
        wm.stubFor(post(SEND_PATH).willReturn(okJson(SEND_RESPONSE)));
        String expected = "{\"subscribers\":[{\"number\":\"306999999999\"}],\"message\":{\"text\":\"x\",\"sender_id\":\"Apifon\"}}";

        template.requestBody(uri("sms", ""), Map.of("message", Map.of("text", "x", "sender_id", "Apifon"),
                "subscribers", List.of(Map.of("number", "306999999999"))));
        template.requestBody(uri("sms", "&senderId=Apifon"),
                "{\"message\":{\"text\":\"x\"},\"subscribers\":[{\"number\":\"306999999999\"}]}");

        List<LoggedRequest> requests = wm.findAll(postRequestedFor(urlEqualTo(SEND_PATH)));
        assertThat(requests).hasSize(2).allSatisfy(r -> {
            assertSigned(r);
            assertThat(r.getBodyAsString()).isEqualTo(expected);
        });
    }

    @Test
    void removeTakesARequestIdOrARemoveRequestAndReturnsTheCount() {
        wm.stubFor(post("/services/api/v1/sms/remove").willReturn(okJson("4")));

        Object removed = template.requestBodyAndHeader(uri("sms", ""), "adbfbe48-82e7-49d5-af1a-e5b284cf5bf3",
                ApifonConstants.OPERATION, "remove");
        Object byReference = template.requestBody(uri("sms", "&operation=remove"),
                Map.of("id", "Campaign #215", "field", "REFERENCE_ID"));

        assertThat(removed).isEqualTo(4);
        assertThat(byReference).isEqualTo(4);
        List<LoggedRequest> requests = wm.findAll(postRequestedFor(urlEqualTo("/services/api/v1/sms/remove")));
        assertThat(requests).extracting(LoggedRequest::getBodyAsString).containsExactly(
                "{\"id\":\"adbfbe48-82e7-49d5-af1a-e5b284cf5bf3\",\"field\":\"REQUEST_ID\"}",
                "{\"id\":\"Campaign #215\",\"field\":\"REFERENCE_ID\"}");
        requests.forEach(ApifonTestSupport::assertSigned);
    }

    @Test
    void badInputIsRefusedBeforeAnyCallNamingFieldAndRule() {
        String sms = uri("sms", "&senderId=Apifon");
        String header = "header " + ApifonConstants.RECIPIENTS;
        String number = "subscribers[0].number";
        assertInvalid(sms, "Hi", Map.of(ApifonConstants.RECIPIENTS, "0306999999999"), number, "7-15 digits", header);
        assertInvalid(sms, "Hi", Map.of(ApifonConstants.RECIPIENTS, "123456"), number, "7-15", header);
        assertInvalid(sms, "Hi", Map.of(ApifonConstants.RECIPIENTS, "1234567890123456"), number, "7-15", header);
        assertInvalid(sms, "Hi", Map.of(), "subscribers", "at least one recipient");
        assertInvalid(uri("sms", "&recipients=306999999999"), "Hi", Map.of(), "message.sender_id", "is required");
        assertInvalid(sms, "Hi", Map.of(ApifonConstants.RECIPIENTS, "306999999999", ApifonConstants.SENDER_ID,
                "12345678901234567"), "message.sender_id", "16 digits", "header " + ApifonConstants.SENDER_ID);
        assertInvalid(sms, "Hi", Map.of(ApifonConstants.RECIPIENTS, "306999999999", ApifonConstants.SENDER_ID,
                "TwelveChars1"), "message.sender_id", "1-11 characters", "header " + ApifonConstants.SENDER_ID);
        assertInvalid(uri("sms", "&senderId=Apifon&recipients=306999999999&dc=3"), "Hi", Map.of(), "message.dc", "0 (GSM7)",
                "option dc");
        assertInvalid(sms, Map.of("message", Map.of("text", "x"), "subscribers", List.of(Map.of("number", "306999999999")),
                "tte", "tomorrow"), Map.of(), "tte", "seconds");
        assertInvalid(sms, Map.of("message", Map.of("text", "x"), "subscribers", List.of(Map.of("number", "306999999999")),
                "date", "2018-02-06 12:43"), Map.of(), "date", "yyyy-MM-dd'T'HH:mm:ss");
        assertInvalid(sms, Map.of("message", Map.of("text", "x"), "subscribers", List.of(Map.of("number", "306999999999")),
                "callback_url", "http://plain"), Map.of(), "callback_url", "https://");
        assertInvalid(sms, Map.of("message", Map.of("text", "x"), "subscribers", List.of(Map.of("number", "306999999999",
                "params", Map.of("apifon_lp", Map.of("url", "u", "method", "POST"))))), Map.of(),
                "subscribers[0].params.apifon_lp.method", "redirect is false");
        assertInvalid(sms, Map.of("message", Map.of("text", "x"), "subscribers", List.of(Map.of("number", "306999999999")),
                "reference_id", "r".repeat(256)), Map.of(), "reference_id", "255");
        assertInvalid(sms, Map.of("message", Map.of("text", "x", "sender_idd", "Apifon"), "subscribers",
                List.of(Map.of("number", "306999999999"))), Map.of(), "body.sender_idd", "is not a field of");
        assertInvalid(uri("sms", "&senderId=Apifon&recipients=306999999999&operation=remove"),
                Map.of("id", "x", "field", "OTHER"), Map.of(), "field", "REQUEST_ID or REFERENCE_ID");
        wm.verify(0, anyRequestedFor(anyUrl()));
        // the valid edges pass: 7 and 15 digits, 16-digit numeric and 11-character sender ids
        wm.stubFor(post(SEND_PATH).willReturn(okJson(SEND_RESPONSE)));
        template.requestBodyAndHeaders(sms, "Hi", Map.of(ApifonConstants.RECIPIENTS, "1234567,123456789012345",
                ApifonConstants.SENDER_ID, "1234567890123456"));
        template.requestBodyAndHeaders(sms, "Hi", Map.of(ApifonConstants.RECIPIENTS, "1234567", ApifonConstants.SENDER_ID,
                "ElevenChars"));
        wm.verify(2, postRequestedFor(urlEqualTo(SEND_PATH)));
    }

    @Test
    void unauthorizedIsAnAuthenticationErrorAndIsNotRetried() {
        wm.stubFor(post(SEND_PATH).willReturn(aResponse().withStatus(401).withHeader("Content-Type", JSON).withBody(
                "{\n  \"status\": \"401\",\n  \"title\": \"Unauthorized\",\n      \"error_details\": {\n      },\n"
                + "      \"error_report_code\": 31b405aa-c843-562a-b5ca-96e1d4bb81ac\n    }")));

        assertThatThrownBy(() -> template.requestBody(uri("sms", "&senderId=Apifon&recipients=306999999999"), "Hi"))
                .cause().isInstanceOfSatisfying(MarTechAuthenticationException.class, e -> {
                    assertThat(e.getStatus()).isEqualTo(401);
                    assertThat(e.getVendorMessage()).isEqualTo("Unauthorized");
                    assertThat(e.getVendorCode()).isEqualTo("401");
                    assertThat(e.getRequestId()).isEqualTo("31b405aa-c843-562a-b5ca-96e1d4bb81ac");
                    assertThat(e.getMessage()).doesNotContain(SECRET);
                });
        wm.verify(1, postRequestedFor(urlEqualTo(SEND_PATH)));
    }

    @Test
    void validationErrorsCarryTheErrorDetailsEvenFromTheDocsNonJsonSample() {
        wm.stubFor(post(SEND_PATH).willReturn(aResponse().withStatus(400).withHeader("Content-Type", JSON).withBody(
                "{\n  \"status\": \"400\",\n  \"title\": \"Request validation Error(s)\",\n      \"error_details\": {\n"
                + "        \"campaign_defaults.from\": Not a valid email address,\n      },\n"
                + "      \"error_report_code\": 280ac334-c207-4196-972f-3bfd1083dd9d\n    }")));
        wm.stubFor(post("/services/api/v1/sms/remove").willReturn(aResponse().withStatus(400).withHeader("Content-Type", JSON)
                .withBody("{\"status\":\"400\",\"title\":\"Request validation Error(s)\",\"error_details\":"
                          + "{\"id\":\"must not be blank\"},\"error_report_code\":\"e-1\"}")));

        assertThatThrownBy(() -> template.requestBody(uri("sms", "&senderId=Apifon&recipients=306999999999"), "Hi"))
                .cause().isInstanceOfSatisfying(MarTechValidationException.class, e -> {
                    assertThat(e.getVendorMessage()).isEqualTo("Request validation Error(s)");
                    assertThat(e.getDetails()).containsEntry("campaign_defaults.from", "Not a valid email address");
                    assertThat(e.getRequestId()).isEqualTo("280ac334-c207-4196-972f-3bfd1083dd9d");
                });
        assertThatThrownBy(() -> template.requestBody(uri("sms", "&operation=remove"), "r-1"))
                .cause().isInstanceOfSatisfying(MarTechValidationException.class, e -> {
                    assertThat(e.getDetails()).containsExactly(Map.entry("id", "must not be blank"));
                    assertThat(e.getRequestId()).isEqualTo("e-1");
                });
    }

    @Test
    void aThrottledSendIsRetriedBecauseApifonRefusedItAndResignedWithAFreshDate() {
        wm.stubFor(post(SEND_PATH).inScenario("throttle").whenScenarioStateIs(STARTED).willSetStateTo("ok")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")));
        wm.stubFor(post(SEND_PATH).inScenario("throttle").whenScenarioStateIs("ok").willReturn(okJson(SEND_RESPONSE)));

        SendResponse response = template.requestBody(uri("sms", "&senderId=Apifon&recipients=306999999999"), "Hi",
                SendResponse.class);

        assertThat(response.getRequestId()).isEqualTo("eff655d8-0cb6-47b3-8828-96e1b80b55af");
        List<LoggedRequest> attempts = wm.findAll(postRequestedFor(urlEqualTo(SEND_PATH)));
        assertThat(attempts).hasSize(2);
        attempts.forEach(ApifonTestSupport::assertSigned);
    }

    @Test
    void aGatewayErrorInsideA200IsAnError() {
        wm.stubFor(post(SEND_PATH).willReturn(okJson("{\"request_id\":\"r-9\",\"result_info\":{\"status_code\":403,"
                                                     + "\"description\":\"Invalid sender\"}}")));

        assertThatThrownBy(() -> template.requestBody(uri("sms", "&senderId=Apifon&recipients=306999999999"), "Hi"))
                .cause().isInstanceOfSatisfying(MarTechValidationException.class, e -> {
                    assertThat(e.getStatus()).isEqualTo(403);
                    assertThat(e.getVendorMessage()).isEqualTo("Invalid sender");
                    assertThat(e.getRequestId()).isEqualTo("r-9");
                });
    }

    @Test
    void aForbiddenAnswerIsAValidationErrorWithTheVendorsDetailsNotAnAuthenticationFailure() {
        wm.stubFor(post(SEND_PATH).willReturn(aResponse().withStatus(403).withHeader("Content-Type", JSON).withBody(
                "{\"request_id\":\"r-7\",\"result_info\":{\"status_code\":403,\"description\":\"Illegal values\"},"
                + "\"error_details\":{\"sender_id\":\"is not allowed for this account\"}}")));

        assertThatThrownBy(() -> template.requestBody(uri("sms", "&senderId=Apifon&recipients=306999999999"), "Hi"))
                .cause().isInstanceOfSatisfying(MarTechValidationException.class, e -> {
                    assertThat(e.getStatus()).isEqualTo(403);
                    assertThat(e.getVendorMessage()).isEqualTo("Illegal values");
                    assertThat(e.getDetails()).containsEntry("sender_id", "is not allowed for this account");
                });
        wm.verify(1, postRequestedFor(urlEqualTo(SEND_PATH)));
    }

    @Test
    void aStringBodyIsJsonOnlyWhenItHasTheRequestsShapeOtherwiseItIsTheText() {
        wm.stubFor(post(SEND_PATH).willReturn(okJson(SEND_RESPONSE)));
        String sms = uri("sms", "&senderId=Apifon&recipients=306999999999");

        template.requestBody(sms, "{Promo} 20% off");
        template.requestBody(sms, "{\"message\":{\"text\":\"From JSON\"}}");
        template.requestBody(sms, "{\"name\":\"looks like JSON, is not a request\"}");
        template.requestBody(sms, "{}");
        template.requestBody(sms, " {} and more");

        List<String> bodies = wm.findAll(postRequestedFor(urlEqualTo(SEND_PATH))).stream()
                .map(LoggedRequest::getBodyAsString).toList();
        assertThat(bodies).containsExactly(
                "{\"subscribers\":[{\"number\":\"306999999999\"}],\"message\":{\"text\":\"{Promo} 20% off\",\"sender_id\":\"Apifon\"}}",
                "{\"subscribers\":[{\"number\":\"306999999999\"}],\"message\":{\"text\":\"From JSON\",\"sender_id\":\"Apifon\"}}",
                "{\"subscribers\":[{\"number\":\"306999999999\"}],\"message\":{\"text\":\"{\\\"name\\\":\\\"looks like JSON, is not a"
                + " request\\\"}\",\"sender_id\":\"Apifon\"}}",
                "{\"subscribers\":[{\"number\":\"306999999999\"}],\"message\":{\"text\":\"{}\",\"sender_id\":\"Apifon\"}}",
                "{\"subscribers\":[{\"number\":\"306999999999\"}],\"message\":{\"text\":\" {} and more\",\"sender_id\":\"Apifon\"}}");
    }

    @Test
    void numbersWithAPlusOr00PrefixAreTheSameNumberInTheOptionTheHeaderAndTheBody() {
        wm.stubFor(post(SEND_PATH).willReturn(okJson(SEND_RESPONSE)));

        template.requestBody(uri("sms", "&senderId=Apifon&recipients=RAW(+30 699 9999999)"), "option");
        template.requestBodyAndHeader(uri("sms", "&senderId=Apifon"), "header", ApifonConstants.RECIPIENTS,
                List.of("0030-699-9999999"));
        template.requestBody(uri("sms", "&senderId=Apifon"), Map.of("message", Map.of("text", "body"),
                "subscribers", List.of(Map.of("number", "+30 (699) 9999999"))));

        List<String> bodies = wm.findAll(postRequestedFor(urlEqualTo(SEND_PATH))).stream()
                .map(LoggedRequest::getBodyAsString).toList();
        assertThat(bodies).hasSize(3).allSatisfy(b -> assertThat(b).contains("\"subscribers\":[{\"number\":\"306999999999\"}]"));
    }

    @Test
    void aBadNumberIsNamedWhereItCameFrom() {
        assertInvalid(uri("sms", "&senderId=Apifon&recipients=306999999999,0306"), "Hi", Map.of(),
                "subscribers[1].number", "7-15 digits", "option recipients");
        assertInvalid(uri("sms", "&senderId=Apifon"), "Hi", Map.of(ApifonConstants.RECIPIENTS, "+0306999999999"),
                "subscribers[0].number", "7-15 digits", "header " + ApifonConstants.RECIPIENTS);
        assertInvalid(uri("sms", "&senderId=Apifon"), Map.of("message", Map.of("text", "x"), "subscribers",
                List.of(Map.of("number", "306999999999"), Map.of("number", "00 12"))), Map.of(), "subscribers[1].number",
                "7-15 digits", "the body");
    }
}
