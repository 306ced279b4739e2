package io.github.camelmartech.getresponse;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelmartech.support.error.MarTechInvalidInputException;
import org.apache.camel.FailedToCreateRouteException;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** OAuth2 (client credentials and refresh token, cached and renewed), bearer tokens, MAX hosts and X-Time-Zone. */
class GetResponseAuthTest extends GetResponseTestSupport {

    static final String CLIENT_SECRET = "cl1ent-s3cret";
    static final String BASIC = "Basic " + java.util.Base64.getEncoder().encodeToString(("app-1:" + CLIENT_SECRET).getBytes());

    private String oauth(String options) {
        return "getresponse:accounts?clientId=app-1&clientSecret=" + CLIENT_SECRET + "&baseUrl=" + wm.baseUrl()
               + "/v3&oauthTokenUrl=" + wm.baseUrl() + "/v3/token" + options;
    }

    private static void tokens(String... bodies) {
        String state = STARTED;
        for (int i = 0; i < bodies.length; i++) {
            String next = "t" + (i + 1);
            wm.stubFor(post("/v3/token").inScenario("tokens").whenScenarioStateIs(state).willSetStateTo(next)
                    .willReturn(okJson(bodies[i])));
            state = next;
        }
    }

    @Test
    void clientCredentialsTokenIsFetchedWithBasicOnceAndCached() {
        tokens("{\"access_token\":\"at-1\",\"expires_in\":86400,\"token_type\":\"Bearer\",\"scope\":\"all\"}");
        wm.stubFor(get("/v3/accounts").willReturn(okJson("{\"accountId\":\"A1\",\"email\":\"me@example.com\"}")));

        template.sendBody(oauth(""), null);
        template.sendBody(oauth(""), null);

        wm.verify(1, postRequestedFor(urlEqualTo("/v3/token")).withHeader("Authorization", equalTo(BASIC))
                .withRequestBody(equalTo("grant_type=client_credentials")));
        wm.verify(2, getRequestedFor(urlEqualTo("/v3/accounts")).withHeader("Authorization", equalTo("Bearer at-1"))
                .withoutHeader("X-Auth-Token").withoutHeader("X-Domain"));
    }

    @Test
    void anExpiringTokenIsRenewedAndA401RenewsItOnce() {
        tokens("{\"access_token\":\"at-1\",\"expires_in\":30}", "{\"access_token\":\"at-2\",\"expires_in\":86400}",
                "{\"access_token\":\"at-3\",\"expires_in\":86400}");
        wm.stubFor(get("/v3/accounts").willReturn(okJson("{\"accountId\":\"A1\"}")));
        wm.stubFor(get("/v3/accounts").withHeader("Authorization", equalTo("Bearer at-2")).willReturn(aResponse()
                .withStatus(401).withHeader("Content-Type", JSON).withBody("{\"httpStatus\":401,\"code\":1014,"
                        + "\"message\":\"Unable to authenticate request\",\"uuid\":\"u-1\"}")));

        // at-1 expires within oauthRenewBefore (60 s): renewed before the second call, which gets a 401 for at-2
        template.sendBody(oauth(""), null);
        template.sendBody(oauth(""), null);

        wm.verify(3, postRequestedFor(urlEqualTo("/v3/token")));
        wm.verify(1, getRequestedFor(urlEqualTo("/v3/accounts")).withHeader("Authorization", equalTo("Bearer at-1")));
        wm.verify(1, getRequestedFor(urlEqualTo("/v3/accounts")).withHeader("Authorization", equalTo("Bearer at-3")));
    }

    @Test
    void refreshTokenGrantKeepsTheRotatedRefreshToken() {
        tokens("{\"access_token\":\"at-1\",\"expires_in\":10,\"refresh_token\":\"rt-2\"}",
                "{\"access_token\":\"at-2\",\"expires_in\":86400,\"refresh_token\":\"rt-3\"}");
        wm.stubFor(get("/v3/accounts").willReturn(okJson("{\"accountId\":\"A1\"}")));

        template.sendBody(oauth("&refreshToken=rt-1"), null);
        template.sendBody(oauth("&refreshToken=rt-1"), null);

        wm.verify(1, postRequestedFor(urlEqualTo("/v3/token")).withHeader("Authorization", equalTo(BASIC))
                .withRequestBody(equalTo("grant_type=refresh_token&refresh_token=rt-1")));
        wm.verify(1, postRequestedFor(urlEqualTo("/v3/token"))
                .withRequestBody(equalTo("grant_type=refresh_token&refresh_token=rt-2")));
        wm.verify(1, getRequestedFor(urlEqualTo("/v3/accounts")).withHeader("Authorization", equalTo("Bearer at-2")));
    }

    @Test
    void aBearerTokenFromElsewhereIsSentAsIs() {
        wm.stubFor(get("/v3/accounts").willReturn(okJson("{\"accountId\":\"A1\"}")));

        template.sendBody("getresponse:accounts?accessToken=tok-xyz&baseUrl=" + wm.baseUrl() + "/v3", null);

        wm.verify(getRequestedFor(urlEqualTo("/v3/accounts")).withHeader("Authorization", equalTo("Bearer tok-xyz")));
    }

    @Test
    void xDomainIsSentOnlyForMaxHostsAndXTimeZoneWhenSet() {
        wm.stubFor(get("/v3/accounts").willReturn(okJson("{\"accountId\":\"A1\"}")));

        template.sendBody(uri("accounts", "&platform=max-pl&domain=example.com&timeZone=Europe/Warsaw"), null);
        LoggedRequest max = wm.findAll(getRequestedFor(urlEqualTo("/v3/accounts"))).get(0);
        assertThat(max.getHeader("X-Domain")).isEqualTo("example.com");
        assertThat(max.getHeader("X-Time-Zone")).isEqualTo("Europe/Warsaw");
        assertThat(max.getHeader("X-Auth-Token")).isEqualTo("api-key " + KEY);

        wm.resetRequests();
        template.sendBody(uri("accounts", ""), null);
        LoggedRequest retail = one(getRequestedFor(urlEqualTo("/v3/accounts")));
        assertThat(retail.containsHeader("X-Time-Zone")).isFalse();
    }

    @Test
    void defaultHostsFollowThePlatform() throws Exception {
        GetResponseComponent component = context.getComponent("getresponse", GetResponseComponent.class);
        assertThat(((GetResponseEndpoint) component.createEndpoint("getresponse:accounts?apiKey=k")).baseUrl())
                .isEqualTo("https://api.getresponse.com/v3");
        assertThat(((GetResponseEndpoint) component.createEndpoint("getresponse:accounts?apiKey=k&platform=max-us"
                                                                   + "&domain=example.com")).baseUrl())
                .isEqualTo("https://api3.getresponse360.com/v3");
        assertThat(((GetResponseEndpoint) component.createEndpoint("getresponse:accounts?apiKey=k&platform=max-pl"
                                                                   + "&domain=example.com")).baseUrl())
                .isEqualTo("https://api3.getresponse360.pl/v3");
    }

    @Test
    void misconfiguredPlatformsFailAtStartNamingTheOption() {
        assertStartFails(uri("accounts", "&domain=example.com"), "domain", "applies only to GetResponse MAX");
        assertStartFails(uri("accounts", "&platform=max-us"), "domain", "is required for GetResponse MAX");
        assertStartFails(uri("accounts", "&platform=max-us&domain=https://www.example.com"), "domain", "bare");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void aMissingKeyFailsAtTheFirstCallNamingTheOption() {
        // credentials are checked on first use, so an endpoint a test mocks needs none
        assertThatThrownBy(() -> template.sendBody("getresponse:accounts?baseUrl=" + wm.baseUrl(), null))
                .rootCause().isInstanceOfSatisfying(MarTechInvalidInputException.class, e -> {
                    assertThat(e.getField()).isEqualTo("apiKey");
                    assertThat(e.getRule()).contains("is required");
                });
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    private void assertStartFails(String uri, String field, String rule) {
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:" + field + rule.length()).to(uri);
            }
        })).isInstanceOf(FailedToCreateRouteException.class).rootCause()
                .isInstanceOfSatisfying(MarTechInvalidInputException.class, e -> {
                    assertThat(e.getField()).isEqualTo(field);
                    assertThat(e.getRule()).contains(rule);
                });
    }

    @Test
    void secretsNeverShowInTheEndpointUri() {
        String shown = context.getEndpoint(oauth("&refreshToken=rt-secret&apiKey=" + KEY)).toString();
        assertThat(shown).contains("getresponse://accounts").doesNotContain(CLIENT_SECRET).doesNotContain("rt-secret")
                .doesNotContain(KEY);
    }
}
