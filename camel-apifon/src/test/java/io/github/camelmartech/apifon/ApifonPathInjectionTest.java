package io.github.camelmartech.apifon;

import java.util.List;
import java.util.Map;

import io.github.camelmartech.support.testing.PathInjection;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static com.github.tomakehurst.wiremock.client.WireMock.*;

/**
 * A list id or field key that tries to leave its path segment reaches Apifon percent-encoded in that segment: one
 * request, no other path, no injected header, and signed over the path as sent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApifonPathInjectionTest extends ApifonTestSupport {

    static final List<String> HOSTILE = PathInjection.HOSTILE_VALUES;

    @ParameterizedTest
    @FieldSource("HOSTILE")
    void aListIdStaysInItsSegment(String listId) {
        wm.stubFor(any(anyUrl()).willReturn(okJson("{\"list_id\":\"x\"}")));

        template.requestBodyAndHeader(uri("lists", "&operation=get"), null, ApifonConstants.LIST_ID, listId);

        PathInjection.assertOnlyRequest(wm.findAll(anyRequestedFor(anyUrl())), "/services/api/v1/list/", listId, "");
        assertSigned(wm.findAll(anyRequestedFor(anyUrl())).get(0));
    }

    @ParameterizedTest
    @FieldSource("HOSTILE")
    void aFieldKeyStaysInItsSegment(String field) {
        wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));

        template.requestBodyAndHeaders(uri("lists", "&operation=removeField"), null,
                Map.of(ApifonConstants.LIST_ID, "L1", ApifonConstants.FIELD, field));

        PathInjection.assertOnlyRequest(wm.findAll(anyRequestedFor(anyUrl())), "/services/api/v1/list/L1/field/", field, "");
        assertSigned(wm.findAll(anyRequestedFor(anyUrl())).get(0));
    }
}
