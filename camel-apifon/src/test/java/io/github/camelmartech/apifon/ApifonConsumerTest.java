package io.github.camelmartech.apifon;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.github.camelmartech.apifon.model.ApifonList;
import io.github.camelmartech.apifon.model.Bounce;
import io.github.camelmartech.apifon.model.ListSubscriber;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Polling consumers for lists, subscribers and the bounce list, walking links.next over three pages. */
class ApifonConsumerTest extends ApifonTestSupport {

    static final long T0 = 1_560_522_076_000L;

    /**
     * {@code n} items, two per page, with Apifon's absolute next links (public host, as Apifon sends them), for
     * requests carrying exactly {@code query} (plus page).
     */
    static void stubPages(String path, String query, int n, IntFunction<String> item) {
        int pages = (n + 1) / 2;
        for (int p = 1; p <= pages; p++) {
            List<String> items = new ArrayList<>();
            for (int i = 2 * p - 1; i <= Math.min(2 * p, n); i++) {
                items.add(item.apply(i));
            }
            String next = p < pages ? "https://ars.apifon.com" + path + "?" + query + "&page=" + (p + 1) : "";
            MappingBuilder request = get(urlPathEqualTo(path));
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=");
                request = request.withQueryParam(kv[0], equalTo(kv[1]));
            }
            request = p == 1 ? request.withQueryParam("page", absent()) : request.withQueryParam("page", equalTo("" + p));
            wm.stubFor(request.willReturn(okJson("{\"meta\":{\"page\":" + p + ",\"size\":2,\"total\":" + n + "},"
                                                 + "\"links\":{\"prev\":\"\",\"next\":\"" + next + "\"},\"results\":["
                                                 + String.join(",", items) + "]}")));
        }
    }

    static String list(int i, long updated) {
        return "{\"id\":\"L" + i + "\",\"title\":\"List " + i + "\",\"type\":\"MOBILE\",\"date_created\":" + T0
               + ",\"date_updated\":" + updated + "}";
    }

    private void route(String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("poll").to("mock:items");
            }
        });
    }

    static void awaitRequests(int count, RequestPatternBuilder pattern) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (wm.findAll(pattern).size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(wm.findAll(pattern)).hasSizeGreaterThanOrEqualTo(count);
    }

    private static List<String> ids(MockEndpoint mock) {
        return mock.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getHeader(ApifonConstants.ITEM_ID, String.class)).toList();
    }

    @Test
    void listsOnlyNewWalksThreePagesInAscendingUpdateOrderThenEmitsNothingUntilAChange() throws Exception {
        String query = "sorting=date_updated&sort_dir=ASC&size=2";
        stubPages("/services/api/v1/list", query, 5, i -> list(i, T0 + i * 1000L));
        MockEndpoint mock = getMockEndpoint("mock:items");
        mock.expectedMessageCount(5);

        route(uri("lists", "&pageSize=2&initialDelay=0&delay=50"));

        mock.assertIsSatisfied();
        assertThat(ids(mock)).containsExactly("L1", "L2", "L3", "L4", "L5");
        assertThat(mock.getReceivedExchanges().get(0).getMessage().getBody()).isInstanceOf(ApifonList.class);
        // unchanged: later polls walk again and emit nothing
        awaitRequests(3, getRequestedFor(urlPathEqualTo("/services/api/v1/list")).withQueryParam("page", equalTo("3")));
        assertThat(mock.getReceivedCounter()).isEqualTo(5);
        wm.verify(getRequestedFor(urlEqualTo("/services/api/v1/list?" + query)));
        wm.getAllServeEvents().forEach(e -> assertSigned(e.getRequest()));

        // L2 changes: it comes last in ascending order, and only it is emitted
        mock.reset();
        mock.expectedMessageCount(1);
        int[] order = {1, 3, 4, 5, 2};
        stubPages("/services/api/v1/list", query, 5, i -> order[i - 1] == 2 ? list(2, T0 + 9000L)
                : list(order[i - 1], T0 + order[i - 1] * 1000L));
        mock.assertIsSatisfied();
        assertThat(ids(mock)).containsExactly("L2");
    }

    @Test
    void fullSyncEmitsTheWholeCollectionOnEveryPoll() throws Exception {
        stubPages("/services/api/v1/list", "size=2", 5, i -> list(i, T0));
        MockEndpoint mock = getMockEndpoint("mock:items");
        mock.expectedMinimumMessageCount(10);

        route(uri("lists", "&pageSize=2&onlyNew=false&initialDelay=0&delay=50"));

        mock.assertIsSatisfied();
        assertThat(ids(mock).subList(0, 10)).containsExactly("L1", "L2", "L3", "L4", "L5", "L1", "L2", "L3", "L4", "L5");
        assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/services/api/v1/list")).withQueryParam("sorting",
                matching(".*")))).isEmpty();
    }

    @Test
    void subscribersOfAListByLastChange() throws Exception {
        String path = "/services/api/v1/list/L1/subscriber";
        stubPages(path, "sorting=date_updated&sort_dir=ASC&size=2", 6, i -> "{\"id\":\"s" + i + "\",\"destination\":\"30699999999"
                + i + "\",\"destination_id\":\"md5-" + i + "\",\"date_created\":" + T0 + (i == 1 ? "" : ",\"date_updated\":"
                + (T0 + i)) + "}");
        MockEndpoint mock = getMockEndpoint("mock:items");
        mock.expectedMessageCount(6);

        route(uri("subscribers", "&listId=L1&pageSize=2&initialDelay=0&delay=50"));

        mock.assertIsSatisfied();
        assertThat(ids(mock)).containsExactly("s1", "s2", "s3", "s4", "s5", "s6");
        var first = mock.getReceivedExchanges().get(0).getMessage();
        assertThat(first.getBody(ListSubscriber.class).getDestination()).isEqualTo("306999999991");
        assertThat(first.getHeader(ApifonConstants.SUBSCRIBER_ID)).isEqualTo("md5-1");
        assertThat(first.getHeader(ApifonConstants.LIST_ID)).isEqualTo("L1");
        awaitRequests(2, getRequestedFor(urlPathEqualTo(path)).withQueryParam("page", equalTo("3")));
        assertThat(mock.getReceivedCounter()).isEqualTo(6);
    }

    @Test
    void bouncesByBlockDateWithTheDefaultMaximumPageSize() throws Exception {
        String path = "/services/api/v1/bounce/subscriber";
        stubPages(path, "sorting=date_created&sort_dir=ASC&size=200", 5, i -> "{\"destination\":\"30699999999" + i
                + "\",\"type\":\"MOBILE\",\"reason\":\"other\",\"date_created\":" + (T0 + i) + "}");
        MockEndpoint mock = getMockEndpoint("mock:items");
        mock.expectedMessageCount(5);

        route(uri("bounces", "&initialDelay=0&delay=50"));

        mock.assertIsSatisfied();
        assertThat(ids(mock)).containsExactly("306999999991", "306999999992", "306999999993", "306999999994",
                "306999999995");
        assertThat(mock.getReceivedExchanges().get(4).getMessage().getBody(Bounce.class).getReason()).isEqualTo("other");
        awaitRequests(2, getRequestedFor(urlPathEqualTo(path)).withQueryParam("page", equalTo("3")));
        assertThat(mock.getReceivedCounter()).isEqualTo(5);
    }
}
