package io.github.camelmartech.accengage;

import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelmartech.support.testing.PathInjection;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** A campaign id or partner id that tries to leave its path segment reaches Accengage encoded in that segment. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccengagePathInjectionTest extends CamelTestSupport {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static final List<String> HOSTILE = PathInjection.HOSTILE_VALUES;

    private static String uri(String options) {
        return "accengage:campaigns?apiKey=k-0123456789&email=me@example.com&operation=get&baseUrl=" + wm.baseUrl() + options;
    }

    private static void stubs() {
        wm.stubFor(post("/v1/access_token").willReturn(okJson("{\"token_type\":\"Bearer\",\"access_token\":\"t-1\"}")));
        wm.stubFor(get(anyUrl()).willReturn(okJson("{\"id\":\"x\"}")));
    }

    @ParameterizedTest
    @FieldSource("HOSTILE")
    void aCampaignIdStaysInItsSegment(String campaignId) {
        stubs();

        template.requestBodyAndHeader(uri("&partnerId=P1"), null, AccengageConstants.CAMPAIGN_ID, campaignId);

        PathInjection.assertOnlyRequest(wm.findAll(getRequestedFor(anyUrl())), "/v1/me/apps/P1/campaigns/", campaignId, "");
        assertOnlyTokenFetchesBesides();
    }

    @ParameterizedTest
    @FieldSource("HOSTILE")
    void aPartnerIdStaysInItsSegment(String partnerId) {
        stubs();
        AccengageEndpoint endpoint = context.getEndpoint(uri("&partnerId=" + partnerId.hashCode()), AccengageEndpoint.class);
        endpoint.getConfiguration().setPartnerId(partnerId);

        template.requestBodyAndHeader(endpoint, null, AccengageConstants.CAMPAIGN_ID, "C1");

        PathInjection.assertOnlyRequest(wm.findAll(getRequestedFor(anyUrl())), "/v1/me/apps/", partnerId, "/campaigns/C1");
        assertOnlyTokenFetchesBesides();
    }

    /** Besides the GET checked, the stub saw nothing but token requests (made once per endpoint). */
    private static void assertOnlyTokenFetchesBesides() {
        assertThat(wm.findAll(anyRequestedFor(anyUrl())).stream().filter(r -> !r.getMethod().getName().equals("GET")))
                .allSatisfy(r -> assertThat(r.getUrl()).isEqualTo("/v1/access_token"));
    }
}
