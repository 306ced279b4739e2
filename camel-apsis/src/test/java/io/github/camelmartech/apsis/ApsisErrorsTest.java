package io.github.camelmartech.apsis;

import java.time.Duration;

import io.github.camelmartech.support.error.MarTechApiException;
import io.github.camelmartech.support.error.MarTechAuthenticationException;
import io.github.camelmartech.support.error.MarTechNotFoundException;
import io.github.camelmartech.support.error.MarTechRateLimitedException;
import org.apache.camel.CamelExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every row of the seed's Code table becomes its typed exception, with status, code, Message and request id. */
class ApsisErrorsTest extends ApsisTestSupport {

    @ParameterizedTest(name = "Code {0} / HTTP {1}")
    @CsvSource({
        "-1, 500, MarTechServerException, 500",
        "-2, 400, MarTechValidationException, 400",
        "-3, 404, MarTechNotFoundException, 404",
        "-4, 401, MarTechAuthenticationException, 401",
        "-5, 503, MarTechServerException, 503",
        "-6, 503, MarTechServerException, 503",
        "-7, 503, MarTechValidationException, 503",
        "-8, 405, MarTechApiException, 405",
        "-9, 429, MarTechRateLimitedException, 429",
        // the same codes inside an HTTP 200 still fail, with the status the table pairs them with
        "-2, 200, MarTechValidationException, 400",
        "-4, 200, MarTechAuthenticationException, 401",
        "-9, 200, MarTechRateLimitedException, 429"
    })
    void mapsTheCode(int code, int httpStatus, String exception, int status) {
        wm.stubFor(get("/v1/mailinglists/7").willReturn(aResponse().withStatus(httpStatus)
                .withHeader("Content-Type", "application/json").withHeader("X-Request-Id", "req-9")
                .withBody("{\"Code\":" + code + ",\"Message\":\"Vendor says " + code + "\",\"Result\":null}")));

        assertThatThrownBy(() -> template.requestBodyAndHeader(uri("mailinglists", "&operation=get"), null,
                ApsisConstants.MAILING_LIST_ID, 7))
                .isInstanceOf(CamelExecutionException.class).cause()
                .isInstanceOfSatisfying(MarTechApiException.class, e -> {
                    assertThat(e.getClass().getSimpleName()).isEqualTo(exception);
                    assertThat(e.getStatus()).isEqualTo(status);
                    assertThat(e.getVendorCode()).isEqualTo(String.valueOf(code));
                    assertThat(e.getVendorMessage()).isEqualTo("Vendor says " + code);
                    assertThat(e.getRequestId()).isEqualTo("req-9");
                });
        // maxRetries=0: one call, whatever the code
        assertThat(wm.findAll(getRequestedFor(urlEqualTo("/v1/mailinglists/7")))).hasSize(1);
    }

    @org.junit.jupiter.api.Test
    void aBadlyFormattedRequestKeepsItsHttpStatusAndIsNotRetriedLikeAnUnavailableServer() {
        wm.stubFor(get("/v1/mailinglists/7").willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"Code\":-7,\"Message\":\"Bad Request\",\"Result\":null}")));

        assertThatThrownBy(() -> template.requestBodyAndHeader(uri("mailinglists", "&operation=get&maxRetries=2"), null,
                ApsisConstants.MAILING_LIST_ID, 7))
                .cause().isInstanceOfSatisfying(MarTechApiException.class, e -> {
                    assertThat(e).isInstanceOf(io.github.camelmartech.support.error.MarTechValidationException.class);
                    assertThat(e.getStatus()).as("the status APSIS sent").isEqualTo(503);
                });
        assertThat(wm.findAll(getRequestedFor(urlEqualTo("/v1/mailinglists/7")))).as("it fails again as sent").hasSize(1);
    }

    @ParameterizedTest(name = "Code {0}")
    @CsvSource({ "-5, 503", "-6, 503", "-9, 429" })
    void retriesBusyDisabledAndRateLimitedEvenForASend(int code, int status) {
        wm.stubFor(post("/sms/v2/").inScenario("busy").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(status).withHeader("Retry-After", "0")
                        .withBody("{\"Code\":" + code + ",\"Message\":\"later\",\"Result\":null}"))
                .willSetStateTo("ok"));
        wm.stubFor(post("/sms/v2/").inScenario("busy").whenScenarioStateIs("ok").willReturn(okJson(envelope("1"))));

        Object result = template.requestBody(uri("sms", "&maxRetries=1"), "{\"Message\":\"Hi\",\"PhoneNumber\":\"7012\"}");

        assertThat(result).hasToString("1");
        assertThat(wm.findAll(postRequestedFor(urlEqualTo("/sms/v2/")))).hasSize(2);
    }

    @Test
    void aRateLimitAskingForALongerWaitThanAllowedFailsAtOnceWithTheWait() {
        wm.stubFor(get("/v1/filter/all").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")
                .withBody("{\"Code\":-9,\"Message\":\"Too many requests\",\"Result\":null}")));

        assertThatThrownBy(() -> template.requestBody(uri("filters", "&maxRetries=3"), (Object) null))
                .cause().isInstanceOfSatisfying(MarTechRateLimitedException.class,
                        e -> assertThat(e.getRetryAfter()).isEqualTo(Duration.ofHours(1)));
        assertThat(wm.findAll(getRequestedFor(urlEqualTo("/v1/filter/all")))).hasSize(1);
    }

    @Test
    void anEchoedKeyIsMaskedInTheMessage() {
        wm.stubFor(get("/v1/filter/all").willReturn(aResponse().withStatus(401)
                .withBody("{\"Code\":-4,\"Message\":\"Invalid API key " + KEY + "\",\"Result\":null}")));

        assertThatThrownBy(() -> template.requestBody(uri("filters", ""), (Object) null))
                .cause().isInstanceOfSatisfying(MarTechAuthenticationException.class, e -> {
                    assertThat(e.getVendorMessage()).doesNotContain(KEY);
                    assertThat(e.getMessage()).doesNotContain(KEY);
                });
    }

    @Test
    void aNonEnvelopeErrorFallsBackToTheStatus() {
        wm.stubFor(get("/v1/filter/all").willReturn(aResponse().withStatus(404).withBody("<html>Not found</html>")));

        assertThatThrownBy(() -> template.requestBody(uri("filters", ""), (Object) null))
                .cause().isInstanceOf(MarTechNotFoundException.class);
    }
}
