package io.github.camelmartech.testvendor;

import java.util.Collection;
import java.util.Optional;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** A consumer whose credentials are refused reports DOWN with the status, and never the key. */
class TestVendorHealthCheckTest extends CamelTestSupport {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String KEY = "tv_revoked_1a2b3c4d";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // as camel-main does when health checks are on: the consumer checks come from the "consumers" repository
        org.apache.camel.health.HealthCheckRegistry registry = new org.apache.camel.impl.health.DefaultHealthCheckRegistry();
        registry.setCamelContext(context);
        registry.register(registry.resolveById("routes"));
        registry.register(registry.resolveById("consumers"));
        context.getCamelContextExtension().addContextPlugin(org.apache.camel.health.HealthCheckRegistry.class, registry);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        wm.stubFor(get(urlPathEqualTo("/v1/items")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"message\":\"revoked key " + KEY + "\"}")));
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("testvendor:items?apiKey=" + KEY + "&baseUrl=" + wm.baseUrl() + "&initialDelay=0&delay=100")
                        .routeId("items").to("mock:items");
            }
        };
    }

    @Test
    void theConsumerIsDownWithTheVendorStatusAndAMaskedUri() throws Exception {
        HealthCheck.Result result = null;
        for (int i = 0; i < 100; i++) {
            Collection<HealthCheck.Result> results = HealthCheckHelper.invokeReadiness(context);
            Optional<HealthCheck.Result> consumer = results.stream()
                    .filter(r -> r.getCheck().getId().startsWith("consumer:items")).findFirst();
            if (consumer.isPresent() && consumer.get().getState() == HealthCheck.State.DOWN && consumer.get().getError().isPresent()) {
                result = consumer.get();
                break;
            }
            Thread.sleep(50);
        }

        assertThat(result).as("consumer readiness DOWN").isNotNull();
        assertThat(result.getDetails()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 401);
        assertThat(result.getDetails().get(HealthCheck.ENDPOINT_URI).toString()).contains("apiKey=xxxxxx");
        assertThat(result.getDetails().toString()).doesNotContain(KEY);
        assertThat(result.getMessage().orElse("")).doesNotContain(KEY);
        assertThat(result.getError().map(Throwable::getMessage).orElse("")).doesNotContain(KEY).contains("revoked key xxxxxx");
    }
}
