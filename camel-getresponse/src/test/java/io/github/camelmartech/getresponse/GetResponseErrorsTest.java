package io.github.camelmartech.getresponse;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import io.github.camelmartech.getresponse.model.Account;
import io.github.camelmartech.support.error.ApiError;
import io.github.camelmartech.support.error.ErrorKind;
import io.github.camelmartech.support.error.MarTechApiException;
import io.github.camelmartech.support.error.MarTechAuthenticationException;
import io.github.camelmartech.support.error.MarTechConflictException;
import io.github.camelmartech.support.error.MarTechNotFoundException;
import io.github.camelmartech.support.error.MarTechRateLimitedException;
import io.github.camelmartech.support.error.MarTechTransportException;
import io.github.camelmartech.support.error.MarTechValidationException;
import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.ApiResponse;
import org.apache.camel.CamelExecutionException;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** GetResponse's error body as typed exceptions, and rate limits retried after the wait GetResponse asks for. */
class GetResponseErrorsTest extends GetResponseTestSupport {

    private static String error(int status, int code, String message, String context) {
        return "{\"httpStatus\":" + status + ",\"code\":" + code + ",\"codeDescription\":\"desc " + code + "\","
               + "\"message\":\"" + message + "\",\"moreInfo\":\"https://apidocs.getresponse.com/v3/errors/" + code
               + "\",\"context\":" + context + ",\"uuid\":\"uuid-" + code + "\"}";
    }

    private static void answer(int status, String body) {
        wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status).withHeader("Content-Type", JSON).withBody(body)));
    }

    private MarTechApiException failure(String uri, Object body, Map<String, Object> headers) {
        CamelExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(CamelExecutionException.class,
                () -> template.requestBodyAndHeaders(uri, body, headers));
        assertThat(e.getCause()).isInstanceOf(MarTechApiException.class);
        return (MarTechApiException) e.getCause();
    }

    @Test
    void authenticationErrorCarriesStatusCodeMessageAndUuidWithoutTheKey() {
        answer(401, error(401, 1014, "Unable to authenticate request. Key " + KEY + " unknown",
                "{\"authenticationType\":\"auth_token\"}"));

        MarTechApiException e = failure(uri("accounts", ""), null, Map.of());

        assertThat(e).isInstanceOf(MarTechAuthenticationException.class);
        assertThat(e.getStatus()).isEqualTo(401);
        assertThat(e.getVendorCode()).isEqualTo("1014");
        assertThat(e.getVendorMessage()).startsWith("Unable to authenticate request");
        assertThat(e.getRequestId()).isEqualTo("uuid-1014");
        assertThat(e.getDetails()).containsEntry("codeDescription", "desc 1014")
                .containsEntry("context", Map.of("authenticationType", "auth_token"));
        assertThat(e.getMessage()).doesNotContain(KEY);
    }

    @Test
    void vendorCodesChooseTheExceptionType() {
        answer(400, error(400, 1000, "Validation error", "[\"email: invalid\"]"));
        assertThat(failure(uri("tags", "&operation=create"), Map.of("name", "gold"), Map.of()))
                .isInstanceOf(MarTechValidationException.class);

        answer(404, error(404, 1013, "Resource not found", "[]"));
        assertThat(failure(uri("contacts", ""), null, op("get", "nope"))).isInstanceOf(MarTechNotFoundException.class);

        answer(409, error(409, 1008, "Contact already added", "[]"));
        MarTechApiException conflict = failure(uri("contacts", "&operation=create&campaignId=p86zQ"),
                Map.of("email", "a@example.com"), Map.of());
        assertThat(conflict).isInstanceOf(MarTechConflictException.class);
        assertThat(conflict.getVendorCode()).isEqualTo("1008");

        answer(403, error(403, 1018, "IP blocked", "[]"));
        assertThat(failure(uri("accounts", ""), null, Map.of())).isInstanceOf(MarTechAuthenticationException.class);
    }

    @Test
    void aForbiddenBusinessRefusalIsNotAnAuthenticationFailure() {
        // the seed: 403 means "normally possible, but because some other reason we cannot do that"
        answer(403, error(403, 1099, "Cannot send the newsletter now", "[]"));
        MarTechApiException refused = failure(uri("accounts", ""), null, Map.of());
        assertThat(refused).isNotInstanceOf(MarTechAuthenticationException.class).isInstanceOf(MarTechValidationException.class);
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getVendorMessage()).isEqualTo("Cannot send the newsletter now");

        answer(403, error(403, 1017, "Permanently blocked", "[]"));
        assertThat(failure(uri("accounts", ""), null, Map.of())).isInstanceOf(MarTechAuthenticationException.class);
    }

    @Test
    void a429WithRetryAfterIsRetriedThenSucceeds() {
        wm.stubFor(get("/v3/accounts").inScenario("rl").whenScenarioStateIs(STARTED).willSetStateTo("ok")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0").withHeader("X-RateLimit-Limit", "80")
                        .withHeader("X-RateLimit-Remaining", "0").withHeader("Content-Type", JSON)
                        .withBody(error(429, 1015, "Quota reached", "{\"currentLimit\":80}"))));
        wm.stubFor(get("/v3/accounts").inScenario("rl").whenScenarioStateIs("ok").willReturn(okJson("{\"accountId\":\"A1\"}")));

        Account account = template.requestBody(uri("accounts", ""), null, Account.class);

        assertThat(account.getAccountId()).isEqualTo("A1");
        wm.verify(2, getRequestedFor(urlEqualTo("/v3/accounts")));
    }

    @Test
    void code1015IsRetriedAfterTimeToResetEvenForACreate() {
        // a refusal: GetResponse did not take the contact, so repeating the create cannot duplicate it
        wm.stubFor(post("/v3/contacts").inScenario("rl").whenScenarioStateIs(STARTED).willSetStateTo("ok")
                .willReturn(aResponse().withStatus(429).withHeader("X-RateLimit-Reset", "0 seconds")
                        .withHeader("Content-Type", JSON)
                        .withBody(error(429, 1015, "Quota reached", "{\"currentLimit\":80,\"timeToReset\":\"0 seconds\"}"))));
        wm.stubFor(post("/v3/contacts").inScenario("rl").whenScenarioStateIs("ok").willReturn(aResponse().withStatus(202)));

        template.requestBody(uri("contacts", "&operation=create&campaignId=p86zQ"), Map.of("email", "a@example.com"));

        wm.verify(2, postRequestedFor(urlEqualTo("/v3/contacts")));
    }

    @Test
    void aWaitLongerThanRetryAfterMaxFailsAtOnceWithTheWait() {
        answer(429, error(429, 1015, "Quota reached", "{\"timeToReset\":\"513 seconds\"}"));

        MarTechApiException e = failure(uri("accounts", ""), null, Map.of());

        assertThat(e).isInstanceOfSatisfying(MarTechRateLimitedException.class,
                r -> assertThat(r.getRetryAfter()).isEqualTo(Duration.ofSeconds(513)));
        wm.verify(1, getRequestedFor(urlEqualTo("/v3/accounts")));
    }

    @Test
    void aCreateThatMayHaveReachedGetResponseIsNeverRepeated() {
        wm.stubFor(post("/v3/newsletters").willReturn(aResponse().withFixedDelay(1500)));

        assertThatThrownBy(() -> template.requestBody(uri("newsletters", "&operation=create&responseTimeout=200"),
                Map.of("subject", "Hi", "campaign", Map.of("campaignId", "p86zQ"), "fromField", Map.of("fromFieldId", "F1"),
                        "content", Map.of("html", "<p>Hi</p>"))))
                .cause().isInstanceOfSatisfying(MarTechTransportException.class,
                        t -> assertThat(t.getMessage()).contains("not retried"));
        wm.verify(1, postRequestedFor(urlEqualTo("/v3/newsletters")));
    }

    @Test
    void timeToResetInTheSecondsFormIsTheWait() {
        GetResponseErrorDecoder decoder = new GetResponseErrorDecoder(Clock.systemUTC());
        ApiResponse response = new ApiResponse(ApiRequest.get("/accounts").build(), 429,
                new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER),
                error(429, 1015, "Quota", "{\"timeToReset\":\"7 seconds\"}").getBytes());

        ApiError decoded = decoder.decode(response);

        assertThat(decoded.retryable()).isTrue();
        assertThat(decoded.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
        assertThat(decoded.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(decoded.requestId()).isEqualTo("uuid-1015");
    }
}
