package io.github.camelmartech.apifon;

import java.util.Collection;
import java.util.Optional;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.impl.health.DefaultHealthCheckRegistry;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;

/** A consumer whose token is refused reports DOWN with the status, never the secret. */
class ApifonHealthCheckTest extends ApifonTestSupport {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        HealthCheckRegistry registry = new DefaultHealthCheckRegistry();
        registry.setCamelContext(context);
        registry.register(registry.resolveById("routes"));
        registry.register(registry.resolveById("consumers"));
        context.getCamelContextExtension().addContextPlugin(HealthCheckRegistry.class, registry);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        wm.stubFor(get(urlPathEqualTo("/services/api/v1/bounce/subscriber")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", JSON).withBody("{\"status\":\"401\",\"title\":\"Unauthorized\","
                                                           + "\"error_details\":{},\"error_report_code\":\"r-401\"}")));
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("bounces", "&initialDelay=0&delay=100")).routeId("bounces").to("mock:bounces");
            }
        };
    }

    @Test
    void theConsumerIsDownWithTheApifonStatusAndAMaskedUri() throws Exception {
        HealthCheck.Result result = null;
        for (int i = 0; i < 100 && result == null; i++) {
            Collection<HealthCheck.Result> results = HealthCheckHelper.invokeReadiness(context);
            Optional<HealthCheck.Result> consumer = results.stream()
                    .filter(r -> r.getCheck().getId().startsWith("consumer:bounces")).findFirst();
            if (consumer.isPresent() && consumer.get().getState() == HealthCheck.State.DOWN
                && consumer.get().getError().isPresent()) {
                result = consumer.get();
            } else {
                Thread.sleep(50);
            }
        }

        assertThat(result).as("consumer readiness DOWN").isNotNull();
        assertThat(result.getDetails()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 401);
        assertThat(result.getDetails().get(HealthCheck.ENDPOINT_URI).toString()).contains("apiSecret=xxxxxx");
        assertThat(result.getDetails().toString()).doesNotContain(SECRET);
        assertThat(result.getError().map(Throwable::getMessage).orElse("")).contains("Unauthorized", "r-401")
                .doesNotContain(SECRET);
    }
}
