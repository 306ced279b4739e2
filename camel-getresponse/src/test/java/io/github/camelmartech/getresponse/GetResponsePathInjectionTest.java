package io.github.camelmartech.getresponse;

import java.util.List;

import io.github.camelmartech.support.testing.PathInjection;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static com.github.tomakehurst.wiremock.client.WireMock.*;

/** A contact or campaign id that tries to leave its path segment reaches GetResponse encoded in that segment. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GetResponsePathInjectionTest extends GetResponseTestSupport {

    static final List<String> HOSTILE = PathInjection.HOSTILE_VALUES;

    @ParameterizedTest
    @FieldSource("HOSTILE")
    void aContactIdStaysInItsSegment(String contactId) {
        wm.stubFor(any(anyUrl()).willReturn(okJson("{\"contactId\":\"x\"}")));

        template.requestBodyAndHeaders(uri("contacts", ""), null, op("get", contactId));

        PathInjection.assertOnlyRequest(wm.findAll(anyRequestedFor(anyUrl())), "/v3/contacts/", contactId, "");
        one(anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest
    @FieldSource("HOSTILE")
    void aCampaignIdStaysInItsSegment(String campaignId) {
        wm.stubFor(any(anyUrl()).willReturn(okJson("{\"campaignId\":\"x\"}")));

        template.requestBodyAndHeaders(uri("campaigns", ""), null, op("get", campaignId));

        PathInjection.assertOnlyRequest(wm.findAll(anyRequestedFor(anyUrl())), "/v3/campaigns/", campaignId, "");
    }
}
