package io.github.camelmartech.testvendor;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.error.MarTechNotFoundException;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The support module's wiring, end to end, through a component built like the vendor ones. */
class TestVendorComponentTest extends CamelTestSupport {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static final String KEY = "tv_live_9f8e7d6c5b4a";

    static String uri(String resource, String options) {
        return "testvendor:" + resource + "?apiKey=" + KEY + "&baseUrl=" + wm.baseUrl() + options;
    }

    @Test
    void generatedConfigurersSetEveryOptionFromTheUriAndTheComponent() {
        context.getComponent("testvendor", TestVendorComponent.class).getConfiguration().setMaxConnections(7);

        TestVendorEndpoint endpoint = context.getEndpoint(uri("items",
                "&maxRetries=1&pageSize=2&connectTimeout=5s&retryAfterMax=2m&onlyNew=false&operation=get&delay=250"),
                TestVendorEndpoint.class);

        TestVendorConfiguration c = endpoint.getConfiguration();
        assertThat(c.getResource()).isEqualTo("items");
        assertThat(c.getApiKey()).isEqualTo(KEY);
        assertThat(c.getMaxRetries()).isEqualTo(1);
        assertThat(c.getPageSize()).isEqualTo(2);
        assertThat(c.getConnectTimeout()).isEqualTo(5_000);
        assertThat(c.getRetryAfterMax()).isEqualTo(120_000);
        assertThat(c.isOnlyNew()).isFalse();
        assertThat(c.getOperation()).isEqualTo("get");
        assertThat(c.getMaxConnections()).isEqualTo(7);
        assertThat(endpoint.getDelay()).isEqualTo(250);
        PropertyConfigurer endpointConfigurer = PluginHelper.getConfigurerResolver(context)
                .resolvePropertyConfigurer("testvendor-endpoint", context);
        PropertyConfigurer componentConfigurer = PluginHelper.getConfigurerResolver(context)
                .resolvePropertyConfigurer("testvendor-component", context);
        assertThat(endpointConfigurer).isInstanceOf(TestVendorEndpointConfigurer.class);
        assertThat(componentConfigurer).isInstanceOf(TestVendorComponentConfigurer.class);
    }

    @Test
    void anUnknownOptionIsRejected() {
        assertThatThrownBy(() -> context.getEndpoint(uri("items", "&apiKee=x")))
                .isInstanceOf(ResolveEndpointFailedException.class).hasMessageContaining("apiKee")
                .hasMessageNotContaining(KEY);
    }

    @Test
    void theProducerCallsTheApiThroughTheAuthInterceptor() {
        wm.stubFor(post("/v1/items").withHeader("X-Api-Key", equalTo(KEY))
                .withRequestBody(equalToJson("{\"name\":\"n1\"}"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"i1\",\"name\":\"n1\"}")));

        JsonNode created = template.requestBody(uri("items", ""), Map.of("name", "n1"), JsonNode.class);

        assertThat(created.get("id").asText()).isEqualTo("i1");
        wm.verify(1, postRequestedFor(urlEqualTo("/v1/items")));
    }

    @Test
    void badInputFailsBeforeAnyCall() {
        assertThatThrownBy(() -> template.requestBody(uri("items", ""), Map.of("size", 1)))
                .isInstanceOf(CamelExecutionException.class).cause()
                .isInstanceOf(MarTechInvalidInputException.class).hasMessage("name: is required (from the body)");
        wm.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void rateLimitedSendsAreRetriedAndErrorsAreTyped() {
        wm.stubFor(post("/v1/items").inScenario("rl").whenScenarioStateIs(STARTED).willSetStateTo("ok")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
        wm.stubFor(post("/v1/items").inScenario("rl").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"id\":\"i2\"}")));
        wm.stubFor(get("/v1/items/missing").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"code\":\"not_found\",\"message\":\"no item\"}")));

        JsonNode created = template.requestBody(uri("items", ""), Map.of("name", "n2"), JsonNode.class);
        assertThat(created.get("id").asText()).isEqualTo("i2");
        wm.verify(2, postRequestedFor(urlEqualTo("/v1/items")));

        assertThatThrownBy(() -> template.requestBodyAndHeaders(uri("items", ""), null,
                Map.of(TestVendorConstants.OPERATION, "get", TestVendorConstants.ITEM_ID, "missing")))
                .cause().isInstanceOfSatisfying(MarTechNotFoundException.class, e -> {
                    assertThat(e.getHttpResponseCode()).isEqualTo(404);
                    assertThat(e.getVendorCode()).isEqualTo("not_found");
                    assertThat(e.getVendorMessage()).isEqualTo("no item");
                });
    }

    @Test
    void theRequestResourceCallsAnyPathWithTheSameAuth() {
        wm.stubFor(put(urlPathEqualTo("/v2/things/x")).willReturn(okJson("{\"done\":true}")));

        JsonNode result = template.requestBodyAndHeaders(uri("request", ""), Map.of("a", 1), Map.of(
                TestVendorConstants.HTTP_METHOD, "put", TestVendorConstants.PATH, "/v2/things/x",
                TestVendorConstants.QUERY, Map.of("tag", List.of("a", "b"))), JsonNode.class);

        assertThat(result.get("done").asBoolean()).isTrue();
        wm.verify(putRequestedFor(urlEqualTo("/v2/things/x?tag=a&tag=b")).withHeader("X-Api-Key", equalTo(KEY))
                .withRequestBody(equalToJson("{\"a\":1}")));
    }

    @Test
    void theSecretIsMaskedInLogsAndInTheEndpointUri() throws Exception {
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger camel = (Logger) LoggerFactory.getLogger("org.apache.camel");
        ch.qos.logback.classic.Level level = camel.getLevel();
        camel.setLevel(ch.qos.logback.classic.Level.DEBUG);
        root.addAppender(logs);
        try {
            wm.stubFor(get(urlPathEqualTo("/v1/items")).willReturn(okJson("{\"results\":[]}")));
            String consumerUri = uri("items", "&delay=60000");
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(consumerUri).routeId("masked").to("mock:masked");
                }
            });
            assertThat(context.getRoute("masked").getEndpoint().toString()).contains("apiKey=xxxxxx").doesNotContain(KEY);
            context.getRouteController().stopRoute("masked");
        } finally {
            root.detachAppender(logs);
            camel.setLevel(level);
        }
        List<String> messages = logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(messages).anyMatch(m -> m.contains("apiKey=xxxxxx"));
        assertThat(messages).noneMatch(m -> m.contains(KEY));
    }

    @Test
    void theOperationHeaderOverridesTheOption() {
        wm.stubFor(get("/v1/items/i9").willReturn(okJson("{\"id\":\"i9\"}")));

        JsonNode item = template.requestBodyAndHeaders(uri("items", "&operation=create"), null,
                Map.of(TestVendorConstants.OPERATION, "get", TestVendorConstants.ITEM_ID, "i9"), JsonNode.class);

        assertThat(item.get("id").asText()).isEqualTo("i9");
        wm.verify(0, postRequestedFor(anyUrl()));
    }

    static void awaitRequests(int count, com.github.tomakehurst.wiremock.matching.RequestPatternBuilder pattern)
            throws InterruptedException {
        awaitRequests(wm, count, pattern);
    }

    /** Waits (bounded) until the stub has received {@code count} matching requests. */
    static void awaitRequests(WireMockExtension wm, int count,
                              com.github.tomakehurst.wiremock.matching.RequestPatternBuilder pattern)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (wm.findAll(pattern).size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(wm.findAll(pattern)).hasSizeGreaterThanOrEqualTo(count);
    }

    /** Waits (bounded) until the condition holds, failing when it does not within 10 seconds. */
    static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).as("condition within 10 s").isTrue();
    }
}
