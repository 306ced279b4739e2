package io.github.camelmartech.apifon;

import java.time.Instant;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelmartech.support.error.MarTechInvalidInputException;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The published vectors of vendors/apifon.md §1.2, unit and end to end through the wire. */
class ApifonHmacAuthTest extends ApifonTestSupport {

    static final String SMS_BODY
            = "{\"message\":{\"text\":\"Hello There!\",\"sender_id\":\"Apifon\"},\"subscribers\":[{\"number\":\"306999999999\"}]}";

    @Test
    void reproducesEveryPublishedVector() {
        assertThat(ApifonHmacAuth.sign(SECRET, "POST", "/services/api/v1/sms/send", SMS_BODY, DATE))
                .isEqualTo("Tlg3dPAY2E+iXUNb3LxOHilVJ6OBUxzhwQiHSMlC4Wc=");
        assertThat(ApifonHmacAuth.sign(SECRET, "GET", "/services/api/v1/list", "", DATE))
                .isEqualTo("5CMPH+vtmcYcJa3lAhpzox4eIj/r1VElsMiNqXQzJIk=");
        assertThat(ApifonHmacAuth.sign(SECRET, "POST", "/services/api/v1/balance", "", "Thu, 29 Sep 2016 12:18:57 GMT"))
                .isEqualTo("hM9F49vbds4lu1+5ZFxotInF2hGW/XN8tYZZL8Z2zJM=");
        // the negative vector: what signing the query too would give
        assertThat(ApifonHmacAuth.sign(SECRET, "GET", "/services/api/v1/list?type=ADVANCED&size=10&page=1", "", DATE))
                .isEqualTo("6jFtr28DSEH33BJNwh8wBKR93sDNaO5NUwLdLhNTpHE=");
    }

    @Test
    void eachSecondIsSignedWithItsOwnDateFromTheCachedKey() throws Exception {
        java.util.concurrent.atomic.AtomicReference<Instant> now
                = new java.util.concurrent.atomic.AtomicReference<>(Instant.parse("2016-09-29T12:18:56.100Z"));
        java.time.Clock clock = new java.time.Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        ApifonHmacAuth auth = new ApifonHmacAuth(TOKEN, SECRET, clock);
        io.github.camelmartech.support.http.ApiRequest request = io.github.camelmartech.support.http.ApiRequest
                .post("/services/api/v1/sms/send").body(SMS_BODY.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "application/json").build();
        java.net.URI uri = java.net.URI.create("https://ars.apifon.com/services/api/v1/sms/send");

        io.github.camelmartech.support.http.ApiRequest first = auth.sign(request, uri);
        now.set(Instant.parse("2016-09-29T12:18:56.900Z"));
        io.github.camelmartech.support.http.ApiRequest sameSecond = auth.sign(request, uri);
        now.set(Instant.parse("2016-09-29T12:18:57Z"));
        io.github.camelmartech.support.http.ApiRequest next = auth.sign(request, uri);

        assertThat(first.headers()).containsEntry("X-ApifonWS-Date", DATE)
                .containsEntry("Authorization", "ApifonWS " + TOKEN + ":Tlg3dPAY2E+iXUNb3LxOHilVJ6OBUxzhwQiHSMlC4Wc=");
        assertThat(sameSecond.headers()).isEqualTo(first.headers());
        assertThat(next.headers()).containsEntry("X-ApifonWS-Date", "Thu, 29 Sep 2016 12:18:57 GMT")
                .containsEntry("Authorization", "ApifonWS " + TOKEN + ":" + ApifonHmacAuth.sign(SECRET, "POST",
                        "/services/api/v1/sms/send", SMS_BODY, "Thu, 29 Sep 2016 12:18:57 GMT"));
        assertThat(request.headers()).isEmpty();
        assertThat(next.body()).isSameAs(request.body());
    }

    @Test
    void theDateIsZeroPaddedEnglishGmtNotRfc1123() {
        assertThat(ApifonHmacAuth.DATE_FORMAT.format(Instant.parse("2016-09-01T02:03:04Z")))
                .isEqualTo("Thu, 01 Sep 2016 02:03:04 GMT");
    }

    @Test
    void theWireCarriesThePublishedSignatureForTheExactBody() {
        wm.stubFor(post("/services/api/v1/sms/send").willReturn(okJson("{\"request_id\":\"r1\"}")));

        template.requestBody(uri("request", "&httpMethod=POST&path=/services/api/v1/sms/send"), SMS_BODY);

        LoggedRequest request = signed(postRequestedFor(urlEqualTo("/services/api/v1/sms/send")));
        assertThat(request.getBodyAsString()).isEqualTo(SMS_BODY);
        assertThat(request.getHeader("Authorization"))
                .isEqualTo("ApifonWS 5b5a6ca0deb4bdba5bab:Tlg3dPAY2E+iXUNb3LxOHilVJ6OBUxzhwQiHSMlC4Wc=");
        assertThat(request.getHeader("X-ApifonWS-Date")).isEqualTo("Thu, 29 Sep 2016 12:18:56 GMT");
    }

    @Test
    void theQueryIsNotSigned() {
        wm.stubFor(get(urlPathEqualTo("/services/api/v1/list")).willReturn(okJson("{\"results\":[]}")));

        template.requestBodyAndHeader(uri("request", "&path=/services/api/v1/list"), null, ApifonConstants.QUERY,
                new java.util.LinkedHashMap<>(Map.of("type", "ADVANCED")));
        template.requestBodyAndHeader(uri("request", ""), null, ApifonConstants.PATH,
                "/services/api/v1/list?type=ADVANCED&size=10&page=1");

        assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/services/api/v1/list"))))
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.getHeader("Authorization"))
                        .isEqualTo("ApifonWS 5b5a6ca0deb4bdba5bab:5CMPH+vtmcYcJa3lAhpzox4eIj/r1VElsMiNqXQzJIk=")
                        .doesNotContain("6jFtr28DSEH33BJNwh8wBKR93sDNaO5NUwLdLhNTpHE="));
    }

    @Test
    void anEmptyBodyIsSignedAsAnEmptyString() throws Exception {
        context.getRegistry().bind("later", java.time.Clock.fixed(Instant.parse("2016-09-29T12:18:57Z"),
                java.time.ZoneOffset.UTC));
        wm.stubFor(post("/services/api/v1/balance").willReturn(okJson("{\"balance\":\"1.0\"}")));

        template.requestBody(uri("balance", "").replace("#fixedClock", "#later"), (Object) null);

        LoggedRequest request = wm.findAll(postRequestedFor(urlEqualTo("/services/api/v1/balance"))).get(0);
        assertThat(request.getHeader("Authorization"))
                .isEqualTo("ApifonWS 5b5a6ca0deb4bdba5bab:hM9F49vbds4lu1+5ZFxotInF2hGW/XN8tYZZL8Z2zJM=");
    }

    @Test
    void missingCredentialsFailAtTheFirstCallNamingTheOption() {
        // checked on first use, not at start, so an endpoint a test mocks needs no credentials
        assertThatThrownBy(() -> template.requestBody("apifon:sms?apiToken=" + TOKEN + "&baseUrl=" + wm.baseUrl(), "Hi"))
                .rootCause().isInstanceOf(MarTechInvalidInputException.class).hasMessageContaining("apiSecret")
                .hasMessageNotContaining(TOKEN);
        assertThatThrownBy(() -> template.requestBody("apifon:balance?baseUrl=" + wm.baseUrl(), (Object) null))
                .rootCause().isInstanceOf(MarTechInvalidInputException.class).hasMessageContaining("apiToken");
        wm.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void oauth2ClientCredentialsReplaceTheSignatureWhenClientIdIsSet() {
        wm.stubFor(post("/oauth2/token").willReturn(okJson("{\"access_token\":\"at-123456789\",\"expires_in\":3600}")));
        wm.stubFor(post("/services/api/v1/balance").willReturn(okJson("{\"balance\":\"9864.0\"}")));

        Object balance = template.requestBody("apifon:balance?clientId=cid&clientSecret=csecret-987&baseUrl="
                                              + wm.baseUrl() + "&oauthTokenUrl=" + wm.baseUrl() + "/oauth2/token", (Object) null);

        assertThat(balance).isInstanceOf(io.github.camelmartech.apifon.model.Balance.class);
        wm.verify(postRequestedFor(urlEqualTo("/oauth2/token"))
                .withRequestBody(containing("grant_type=client_credentials"))
                .withRequestBody(containing("client_id=cid")));
        wm.verify(postRequestedFor(urlEqualTo("/services/api/v1/balance"))
                .withHeader("Authorization", equalTo("Bearer at-123456789"))
                .withoutHeader("X-ApifonWS-Date"));
        assertThat(ApifonEndpoint.DEFAULT_TOKEN_URL).isEqualTo("https://ids.apifon.com/oauth2/token");
    }
}
