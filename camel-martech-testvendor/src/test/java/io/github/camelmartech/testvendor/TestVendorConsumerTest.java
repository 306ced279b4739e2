package io.github.camelmartech.testvendor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.Registry;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** The polling consumer base through the test component: paging, only-new, resume after failure and restart. */
class TestVendorConsumerTest extends CamelTestSupport {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final MemoryStateRepository cursors = new MemoryStateRepository();
    private final MemoryIdempotentRepository seen = new MemoryIdempotentRepository();

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("cursors", cursors);
        registry.bind("seen", seen);
    }

    /** Items 1..n, two per page, updated one minute apart; items 4 and 5 share a timestamp. */
    static void stubItems(int n) {
        wm.resetAll();
        int pages = (n + 1) / 2;
        for (int p = 1; p <= pages; p++) {
            StringBuilder items = new StringBuilder();
            for (int i = 2 * p - 1; i <= Math.min(2 * p, n); i++) {
                int minute = i == 5 ? 4 : i;
                items.append(items.length() == 0 ? "" : ",").append("{\"id\":\"").append(i)
                        .append("\",\"updated\":\"2026-11-24T10:0").append(minute).append(":00Z\"}");
            }
            String next = p < pages ? wm.baseUrl() + "/v1/items?sort=updated&size=2&page=" + (p + 1) : "";
            var request = get(urlPathEqualTo("/v1/items")).withHeader("X-Api-Key", equalTo(TestVendorComponentTest.KEY));
            request = p == 1 ? request.withQueryParam("page", absent()) : request.withQueryParam("page", equalTo(String.valueOf(p)));
            wm.stubFor(request.willReturn(okJson("{\"meta\":{\"total\":" + n + "},\"links\":{\"next\":\"" + next
                                                 + "\"},\"results\":[" + items + "]}")));
        }
    }

    private static String consumerUri(String options) {
        return "testvendor:items?apiKey=" + TestVendorComponentTest.KEY + "&baseUrl=" + wm.baseUrl()
               + "&pageSize=2&initialDelay=0&stateRepository=#cursors" + options;
    }

    /** Starts a route "poll" from the consumer straight to mock:items. */
    private void poll(String options) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(consumerUri(options)).routeId("poll").to("mock:items");
            }
        });
    }

    private static List<String> ids(MockEndpoint mock) {
        return mock.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getHeader(TestVendorConstants.ITEM_ID, String.class)).toList();
    }

    @Test
    void walksThreePagesThenEmitsNothingWhileNothingChanges() throws Exception {
        stubItems(5);
        MockEndpoint mock = getMockEndpoint("mock:items");
        mock.expectedMessageCount(5);

        poll("&delay=50");
        mock.assertIsSatisfied();
        assertThat(ids(mock)).containsExactly("1", "2", "3", "4", "5");
        assertThat(mock.getReceivedExchanges().get(0).getMessage().getBody(JsonNode.class).get("updated").asText())
                .isEqualTo("2026-11-24T10:01:00Z");

        // later polls ask for items since the watermark and get the same five back: nothing new is emitted
        TestVendorComponentTest.awaitRequests(wm, 1, getRequestedFor(urlPathEqualTo("/v1/items"))
                .withQueryParam("since", equalTo("2026-11-24T10:04:00Z")));
        TestVendorComponentTest.awaitRequests(wm, 3, getRequestedFor(urlPathEqualTo("/v1/items"))
                .withQueryParam("page", equalTo("3")));
        assertThat(mock.getReceivedCounter()).isEqualTo(5);
        wm.verify(getRequestedFor(urlEqualTo("/v1/items?sort=updated&size=2")));
    }

    @Test
    void aFailedItemStopsThePollAndTheNextPollResumesFromIt() throws Exception {
        stubItems(5);
        AtomicBoolean failedOnce = new AtomicBoolean();
        List<String> attempts = new CopyOnWriteArrayList<>();
        MockEndpoint mock = getMockEndpoint("mock:items");
        mock.expectedMessageCount(5);

        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(consumerUri("&delay=50")).routeId("poll")
                        .process(e -> {
                            String id = e.getMessage().getHeader(TestVendorConstants.ITEM_ID, String.class);
                            attempts.add(id);
                            if (id.equals("3") && failedOnce.compareAndSet(false, true)) {
                                throw new IllegalStateException("downstream down");
                            }
                        })
                        .to("mock:items");
            }
        });

        mock.assertIsSatisfied();
        assertThat(ids(mock)).containsExactly("1", "2", "3", "4", "5");
        assertThat(attempts.subList(0, 6)).containsExactly("1", "2", "3", "3", "4", "5");
    }

    /** A route from the consumer that fails on item 3 every time and records every attempt. */
    private List<String> failAlwaysOnItem3(String options) throws Exception {
        List<String> attempts = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(consumerUri(options)).routeId("poll")
                        .process(e -> {
                            String id = e.getMessage().getHeader(TestVendorConstants.ITEM_ID, String.class);
                            attempts.add(id);
                            if (id.equals("3")) {
                                throw new IllegalStateException("item 3 is refused downstream");
                            }
                        })
                        .to("mock:items");
            }
        });
        return attempts;
    }

    /** Captures every log event while the test runs. */
    private static ListAppender<ILoggingEvent> captureLogs() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(appender);
        return appender;
    }

    private static List<ILoggingEvent> mentioning(ListAppender<ILoggingEvent> logs, String text) {
        return logs.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .filter(e -> e.getFormattedMessage().contains(text)
                             || e.getThrowableProxy() != null && e.getThrowableProxy().getMessage().contains(text))
                .toList();
    }

    @Test
    void byDefaultAnItemThatAlwaysFailsHoldsBackTheRestAndEachAttemptIsLoggedOnce() throws Exception {
        stubItems(5);
        ListAppender<ILoggingEvent> logs = captureLogs();
        MockEndpoint mock = getMockEndpoint("mock:items");

        List<String> attempts = failAlwaysOnItem3("&delay=20");
        TestVendorComponentTest.await(() -> attempts.stream().filter("3"::equals).count() >= 3);
        context.getRouteController().stopRoute("poll");

        assertThat(ids(mock)).as("nothing after the failing item is emitted: nothing is lost").containsExactly("1", "2");
        long failedAttempts = attempts.stream().filter("3"::equals).count();
        assertThat(mentioning(logs, "item 3 is refused downstream"))
                .as("one log line per failed attempt (the route's error handler), not one more from the consumer")
                .hasSize((int) failedAttempts);
    }

    @Test
    void maxItemAttemptsSkipsAnItemThatKeepsFailingOnceWarnedAndRecordsIt() throws Exception {
        stubItems(5);
        ListAppender<ILoggingEvent> logs = captureLogs();
        MockEndpoint mock = getMockEndpoint("mock:items");
        mock.expectedMessageCount(4);

        List<String> attempts = failAlwaysOnItem3("&delay=20&maxItemAttempts=2&onlyNew=false&idempotentRepository=#seen");
        mock.assertIsSatisfied();
        // further polls walk the collection again: the skipped item's key was recorded, so it is not tried again
        TestVendorComponentTest.awaitRequests(wm, 3, getRequestedFor(urlPathEqualTo("/v1/items"))
                .withQueryParam("page", equalTo("3")));
        context.getRouteController().stopRoute("poll");

        assertThat(ids(mock)).containsExactly("1", "2", "4", "5");
        assertThat(attempts.stream().filter("3"::equals)).hasSize(2);
        assertThat(seen.contains("3@2026-11-24T10:03:00Z")).as("the skipped item's key is in the idempotent repository").isTrue();
        List<ILoggingEvent> skipped = logs.list.stream()
                .filter(e -> e.getLevel() == Level.WARN && e.getFormattedMessage().contains("Skipped item 3")).toList();
        assertThat(skipped).hasSize(1);
        assertThat(skipped.get(0).getFormattedMessage()).contains("after 2 failed attempts")
                .contains("item 3 is refused downstream");
    }

    @Test
    void aRestartContinuesWhereTheCursorStoreSaysNeitherLosingNorRepeating() throws Exception {
        stubItems(5);
        MockEndpoint mock = getMockEndpoint("mock:items");
        mock.expectedMessageCount(5);
        poll("&maxMessagesPerPoll=3&delay=50");
        mock.assertIsSatisfied();
        context.getRouteController().stopRoute("poll");

        stubItems(7); // two items arrived while the route was down
        mock.reset();
        mock.expectedMessageCount(2);
        context.getRouteController().startRoute("poll");

        mock.assertIsSatisfied();
        TestVendorComponentTest.awaitRequests(wm, 2, getRequestedFor(urlPathEqualTo("/v1/items"))
                .withQueryParam("since", equalTo("2026-11-24T10:07:00Z")));
        assertThat(ids(mock)).containsExactly("6", "7");
        assertThat(cursors.getState(context.getRoute("poll").getEndpoint().getEndpointUri().replace(
                TestVendorComponentTest.KEY, "xxxxxx"))).contains("2026-11-24T10:07:00Z");
    }

    @Test
    void maxMessagesPerPollSpreadsTheWalkOverPolls() throws Exception {
        stubItems(5);
        MockEndpoint mock = getMockEndpoint("mock:items");
        mock.expectedMessageCount(5);
        poll("&maxMessagesPerPoll=2&delay=200");

        mock.assertIsSatisfied();
        assertThat(ids(mock)).containsExactly("1", "2", "3", "4", "5");
        assertThat(mock.getReceivedExchanges()).extracting(e -> e.getProperty("CamelBatchSize", Integer.class))
                .containsExactly(2, 2, 2, 2, 1);
    }
}
