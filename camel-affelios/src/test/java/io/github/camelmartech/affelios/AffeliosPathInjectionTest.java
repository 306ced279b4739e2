package io.github.camelmartech.affelios;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelmartech.support.testing.PathInjection;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/** A customer id that tries to leave its path segment reaches Affelios percent-encoded in that segment. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AffeliosPathInjectionTest extends CamelTestSupport {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static final List<String> HOSTILE = PathInjection.HOSTILE_VALUES;

    @ParameterizedTest
    @FieldSource("HOSTILE")
    void aCustomerIdStaysInItsSegment(String customerId) {
        wm.stubFor(any(anyUrl()).willReturn(okJson("{\"id\":\"x\"}")));

        template.requestBodyAndHeaders("affelios:customers?apiKey=k-0123456789&baseUrl=" + wm.baseUrl(), null,
                Map.of(AffeliosConstants.OPERATION, "get", AffeliosConstants.CUSTOMER_ID, customerId));

        PathInjection.assertOnlyRequest(wm.findAll(anyRequestedFor(anyUrl())), "/api/v1/customer/", customerId, "");
    }
}
