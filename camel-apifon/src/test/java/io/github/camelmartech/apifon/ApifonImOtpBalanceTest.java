package io.github.camelmartech.apifon;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelmartech.apifon.model.Balance;
import io.github.camelmartech.apifon.model.ImAction;
import io.github.camelmartech.apifon.model.ImChannel;
import io.github.camelmartech.apifon.model.ImRequest;
import io.github.camelmartech.apifon.model.Message;
import io.github.camelmartech.apifon.model.OtpResponse;
import io.github.camelmartech.apifon.model.OtpStatus;
import io.github.camelmartech.apifon.model.OtpVerifyResult;
import io.github.camelmartech.apifon.model.Recipient;
import io.github.camelmartech.apifon.model.SendResponse;
import io.github.camelmartech.support.error.MarTechAuthenticationException;
import io.github.camelmartech.support.error.MarTechRateLimitedException;
import io.github.camelmartech.support.error.MarTechValidationException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The gateway resources besides SMS: im (Viber), otp and balance. */
class ApifonImOtpBalanceTest extends ApifonTestSupport {

    static final String IM_RESPONSE = "{\"request_id\":\"ccb9111f-9ea0-4e01-882f-f72ee502e779\",\"reference\":\"Campaign #216\","
                                      + "\"results\":{\"306999999999\":[{\"message_id\":\"6f3f5441-391f-473d-b822-cfb129f21238\","
                                      + "\"custom_id\":\"222\",\"length\":80,\"short_code\":\"2ca6p9\",\"short_url\":\"http://apfn.eu/2ca6p9\"}]},"
                                      + "\"result_info\":{\"status_code\":200,\"description\":\"OK\"}}";

    @Test
    void imSendWithChannelImageActionAndSmsFallback() {
        wm.stubFor(post("/services/api/v1/im/send").willReturn(okJson(IM_RESPONSE)));
        ImAction action = new ImAction();
        action.setTitle("Renew now!");
        action.setTargetUrl("https://www.apifon.com");
        ImChannel viber = new ImChannel();
        viber.setId("channelID");
        viber.setSenderId("Mookee");
        viber.setText("{name}! 50% discount");
        viber.setImages(List.of("http://assets.apifon.com/images/boy_girl.jpg"));
        viber.setActions(List.of(action));
        viber.setTtl(86400);
        viber.setExpiryText("Message Expired!!");
        Message fallback = new Message();
        fallback.setText("Hello {name}!");
        fallback.setSenderId("Apifon");
        Recipient john = new Recipient();
        john.setNumber("306999999999");
        john.setParams(Map.of("name", "John"));
        ImRequest im = new ImRequest();
        im.setSubscribers(List.of(john));
        im.setImChannels(List.of(viber));
        im.setMessage(fallback);
        im.setCallbackUrl("https://yourserver/callback");
        im.setReplyUrl("https://yourserver/reply");
        im.setDate("2018-02-06T13:18:25");

        Exchange result = template.request(uri("im", ""), e -> e.getMessage().setBody(im));

        signed(postRequestedFor(urlEqualTo("/services/api/v1/im/send")).withRequestBody(equalToJson("""
                {"subscribers":[{"number":"306999999999","params":{"name":"John"}}],
                 "im_channels":[{"id":"channelID","sender_id":"Mookee","text":"{name}! 50% discount",
                   "images":["http://assets.apifon.com/images/boy_girl.jpg"],
                   "actions":[{"title":"Renew now!","target_url":"https://www.apifon.com"}],"ttl":86400,
                   "expiry_text":"Message Expired!!"}],
                 "message":{"text":"Hello {name}!","sender_id":"Apifon"},"callback_url":"https://yourserver/callback",
                 "reply_url":"https://yourserver/reply","date":"2018-02-06T13:18:25"}""")));
        SendResponse response = result.getMessage().getBody(SendResponse.class);
        assertThat(response.getResults().get("306999999999").get(0).getShortUrl()).isEqualTo("http://apfn.eu/2ca6p9");
        assertThat(result.getMessage().getHeader(ApifonConstants.REQUEST_ID)).isEqualTo("ccb9111f-9ea0-4e01-882f-f72ee502e779");
    }

    @Test
    void imStringBodyIsTheTextOfOneChannelAndRemoveWorksLikeSms() {
        wm.stubFor(post("/services/api/v1/im/send").willReturn(okJson(IM_RESPONSE)));
        wm.stubFor(post("/services/api/v1/im/remove").willReturn(okJson("2")));

        template.requestBody(uri("im", "&recipients=306999999999&senderId=Mookee"), "50% off today");
        Object removed = template.requestBodyAndHeader(uri("im", ""), "{\"id\":\"Campaign #216\",\"field\":\"REFERENCE_ID\"}",
                ApifonConstants.OPERATION, "remove");

        LoggedRequest send = signed(postRequestedFor(urlEqualTo("/services/api/v1/im/send")));
        assertThat(send.getBodyAsString()).isEqualTo("{\"subscribers\":[{\"number\":\"306999999999\"}],\"im_channels\":"
                                                     + "[{\"sender_id\":\"Mookee\",\"text\":\"50% off today\"}]}");
        LoggedRequest remove = signed(postRequestedFor(urlEqualTo("/services/api/v1/im/remove")));
        assertThat(remove.getBodyAsString()).isEqualTo("{\"id\":\"Campaign #216\",\"field\":\"REFERENCE_ID\"}");
        assertThat(removed).isEqualTo(2);
    }

    @Test
    void anImTextThatStartsWithABraceIsTheText() {
        wm.stubFor(post("/services/api/v1/im/send").willReturn(okJson(IM_RESPONSE)));

        template.requestBody(uri("im", "&recipients=306999999999&senderId=Mookee"), "{Promo} 50% off today");

        assertThat(signed(postRequestedFor(urlEqualTo("/services/api/v1/im/send"))).getBodyAsString())
                .isEqualTo("{\"subscribers\":[{\"number\":\"306999999999\"}],\"im_channels\":"
                           + "[{\"sender_id\":\"Mookee\",\"text\":\"{Promo} 50% off today\"}]}");
    }

    @Test
    void theSmsFallbackOfAnImGetsTheSenderAndDataCodingOptionsAndNeedsWhatTheMessageTableRequires() {
        wm.stubFor(post("/services/api/v1/im/send").willReturn(okJson(IM_RESPONSE)));
        String im = uri("im", "&recipients=306999999999&senderId=Apifon&dc=2");
        Map<String, Object> channel = Map.of("sender_id", "Mookee", "text", "50% off");

        template.requestBody(im, Map.of("im_channels", List.of(channel), "message", Map.of("text", "Fallback")));
        // the seed's "Simple IM Request Body": an empty message, no SMS fallback
        template.requestBody(im, Map.of("im_channels", List.of(channel), "message", Map.of()));

        List<LoggedRequest> sent = wm.findAll(postRequestedFor(urlEqualTo("/services/api/v1/im/send")));
        assertThat(sent.get(0).getBodyAsString()).contains("\"message\":{\"text\":\"Fallback\",\"dc\":2,\"sender_id\":\"Apifon\"}");
        assertThat(sent.get(1).getBodyAsString()).contains("\"message\":{}");
        assertInvalid(uri("im", "&recipients=306999999999"), Map.of("im_channels", List.of(channel), "message",
                Map.of("text", "Fallback")), Map.of(), "message.sender_id", "is required");
        assertInvalid(im, Map.of("im_channels", List.of(channel), "message", Map.of("sender_id", "Apifon")), Map.of(),
                "message.text", "is required");
    }

    @Test
    void imContentRulesAreCheckedBeforeSending() {
        String im = uri("im", "&recipients=306999999999");
        Map<String, Object> base = Map.of("subscribers", List.of(Map.of("number", "306999999999")));
        assertInvalid(im, with(base, "im_channels", List.of()), Map.of(), "im_channels", "at least one channel");
        assertInvalid(im, with(base, "im_channels", List.of(Map.of("text", "t", "images", List.of("a", "b")))), Map.of(),
                "im_channels[0].images", "at most one image");
        assertInvalid(im, with(base, "im_channels", List.of(Map.of("images", List.of("a"), "actions",
                List.of(Map.of("title", "t", "target_url", "u"))))), Map.of(), "im_channels[0]", "content must be");
        assertInvalid(im, with(base, "im_channels", List.of(Map.of("text", "t", "ttl", 29))), Map.of(),
                "im_channels[0].ttl", "30-86400");
        assertInvalid(im, with(base, "im_channels", List.of(Map.of("text", "t", "ttl", 86401))), Map.of(),
                "im_channels[0].ttl", "30-86400");
        assertInvalid(im, Map.of("subscribers", List.of(Map.of("number", "306999999999")), "im_channels",
                List.of(Map.of("text", "t")), "reply_url", "http://x"), Map.of(), "reply_url", "https://");
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new java.util.HashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    @Test
    void imErrorsAreTyped() {
        wm.stubFor(post("/services/api/v1/im/send").willReturn(aResponse().withStatus(401).withBody("Unauthorized")));

        assertThatThrownBy(() -> template.requestBody(uri("im", "&recipients=306999999999"), "x"))
                .cause().isInstanceOfSatisfying(MarTechAuthenticationException.class,
                        e -> assertThat(e.getVendorMessage()).isEqualTo("Unauthorized"));
    }

    @Test
    void otpCreateFromATypedOrStringBody() {
        wm.stubFor(post("/services/api/v1/otp/create").willReturn(okJson("""
                {"request_id":"fc4a9c38-faed-42c3-affb-93571e9a8e36","reference_id":"OTP-944706",
                 "result":[{"message_id":"1c4ecbb0-f6db-44a3-95e9-8a581f1b48cd","custom_id":null,"length":37}],
                 "result_info":{"status_code":200,"description":"OK"}}""")));

        Exchange result = template.request(uri("otp", ""), e -> e.getMessage().setBody(Map.of("reference_id", "OTP-944706",
                "subscriber", "306999999999", "code_length", 6, "code_type", "numeric", "expire", 300,
                "message", Map.of("text", "Your code: {apifon_otp}", "dc", 0, "sender_id", "Apifon"))));
        template.requestBodyAndHeader(uri("otp", ""), "306999999999", ApifonConstants.REFERENCE_ID, "OTP-337");

        List<LoggedRequest> requests = wm.findAll(postRequestedFor(urlEqualTo("/services/api/v1/otp/create")));
        assertThat(requests).extracting(LoggedRequest::getBodyAsString).containsExactly(
                "{\"reference_id\":\"OTP-944706\",\"subscriber\":\"306999999999\",\"code_length\":6,\"code_type\":\"numeric\","
                + "\"expire\":300,\"message\":{\"text\":\"Your code: {apifon_otp}\",\"dc\":0,\"sender_id\":\"Apifon\"}}",
                "{\"reference_id\":\"OTP-337\",\"subscriber\":\"306999999999\"}");
        requests.forEach(ApifonTestSupport::assertSigned);
        OtpResponse otp = result.getMessage().getBody(OtpResponse.class);
        assertThat(otp.getResult()).extracting("messageId").containsExactly("1c4ecbb0-f6db-44a3-95e9-8a581f1b48cd");
        assertThat(result.getMessage().getHeader(ApifonConstants.REQUEST_ID)).isEqualTo("fc4a9c38-faed-42c3-affb-93571e9a8e36");
    }

    @Test
    void otpRulesAreCheckedBeforeSending() {
        String otp = uri("otp", "");
        assertInvalid(otp, "306999999999", Map.of(), "reference_id", "is required");
        assertInvalid(otp, "06999999999", Map.of(ApifonConstants.REFERENCE_ID, "r"), "subscriber", "7-15 digits");
        assertInvalid(otp, Map.of("reference_id", "r", "subscriber", "306999999999", "code_type", "hex"), Map.of(),
                "code_type", "numeric, alpha or alphanumeric");
        assertInvalid(otp, Map.of("reference_id", "r", "subscriber", "306999999999", "code_length", 0), Map.of(),
                "code_length", "1-20");
        assertInvalid(uri("otp", "&operation=verify"), "123456", Map.of(), "reference_id", "is required");
        assertInvalid(uri("otp", "&operation=verify"), null, Map.of(ApifonConstants.REFERENCE_ID, "r"), "apifon_otp",
                "is required");
    }

    @Test
    void otpVerifyMapsEveryOutcomeToAStatusEvenThe403Ones() {
        wm.stubFor(post("/services/api/v1/otp/verify/OTP-944706/862994").willReturn(okJson(
                "{\"request_id\":\"fc4a9c38\",\"result_info\":{\"status_code\":0,\"description\":\"Valid\"}}")));
        wm.stubFor(post("/services/api/v1/otp/verify/OTP-944706/000000").willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", JSON).withBody("{\"request_id\":\"fc4a9c39\",\"result_info\":{\"status_code\":6,"
                                                            + "\"description\":\"Expired\"}}")));

        Exchange valid = template.request(uri("otp", "&operation=verify"), e -> {
            e.getMessage().setHeader(ApifonConstants.REFERENCE_ID, "OTP-944706");
            e.getMessage().setBody("862994");
        });
        Exchange expired = template.request(uri("otp", "&operation=verify"), e -> {
            e.getMessage().setHeader(ApifonConstants.REFERENCE_ID, "OTP-944706");
            e.getMessage().setHeader(ApifonConstants.OTP_CODE, "000000");
        });

        assertThat(valid.getMessage().getBody(OtpVerifyResult.class).getStatus()).isEqualTo(OtpStatus.VALID);
        assertThat(valid.getMessage().getHeader(ApifonConstants.OTP_STATUS)).isEqualTo(OtpStatus.VALID);
        assertThat(expired.getException()).isNull();
        assertThat(expired.getMessage().getBody(OtpVerifyResult.class).getStatus()).isEqualTo(OtpStatus.EXPIRED);
        assertThat(expired.getMessage().getHeader(ApifonConstants.REQUEST_ID)).isEqualTo("fc4a9c39");
        for (String code : List.of("862994", "000000")) {
            LoggedRequest request = signed(postRequestedFor(urlEqualTo("/services/api/v1/otp/verify/OTP-944706/" + code)));
            assertThat(request.getBodyAsString()).isEmpty();
        }
        assertThat(OtpStatus.ofCode("1")).isEqualTo(OtpStatus.ALREADY_VALIDATED);
        assertThat(OtpStatus.ofCode("3")).isEqualTo(OtpStatus.NOT_FOUND);
        assertThat(OtpStatus.ofCode("7")).isEqualTo(OtpStatus.INVALID);
        assertThat(OtpStatus.ofCode("42")).isEqualTo(OtpStatus.UNKNOWN);
    }

    @Test
    void otpCreateValidationErrorFromApifon() {
        wm.stubFor(post("/services/api/v1/otp/create").willReturn(aResponse().withStatus(400).withHeader("Content-Type", JSON)
                .withBody("{\"status\":\"400\",\"title\":\"Request validation Error(s)\",\"error_details\":"
                          + "{\"subscriber\":\"Not a valid number\"}}")));

        assertThatThrownBy(() -> template.requestBodyAndHeader(uri("otp", ""), "306999999999",
                ApifonConstants.REFERENCE_ID, "r")).cause().isInstanceOfSatisfying(MarTechValidationException.class,
                e -> assertThat(e.getDetails()).containsEntry("subscriber", "Not a valid number"));
    }

    @Test
    void balanceIsARetriedReadWithAnEmptySignedBody() {
        wm.stubFor(post("/services/api/v1/balance").inScenario("b").whenScenarioStateIs(STARTED).willSetStateTo("ok")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")));
        wm.stubFor(post("/services/api/v1/balance").inScenario("b").whenScenarioStateIs("ok").willReturn(okJson("""
                {"balance":"9864.0","reserved":"0.0","plafon":"0.0","subscriptions":[{"senderId":"Apifon",
                 "available":"300.0","total":"300.0","endDate":"Jun 30, 2018 11:59:59 PM"}]}""")));

        Balance balance = template.requestBody(uri("balance", ""), (Object) null, Balance.class);

        assertThat(balance.getBalance()).isEqualTo("9864.0");
        assertThat(balance.getSubscriptions().get(0).getSenderId()).isEqualTo("Apifon");
        assertThat(balance.getSubscriptions().get(0).getEndDate()).isEqualTo("Jun 30, 2018 11:59:59 PM");
        List<LoggedRequest> attempts = wm.findAll(postRequestedFor(urlEqualTo("/services/api/v1/balance")));
        assertThat(attempts).hasSize(2).allSatisfy(r -> {
            assertSigned(r);
            assertThat(r.getBodyAsString()).isEmpty();
        });
    }

    @Test
    void balanceRateLimitBeyondTheRetriesIsTyped() {
        wm.stubFor(post("/services/api/v1/balance").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")));

        assertThatThrownBy(() -> template.requestBody(uri("balance", "&maxRetries=1"), (Object) null))
                .cause().isInstanceOf(MarTechRateLimitedException.class);
        wm.verify(2, postRequestedFor(urlEqualTo("/services/api/v1/balance")));
    }
}
