package io.github.camelmartech.apsis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.github.camelmartech.apsis.model.MailingList;
import io.github.camelmartech.apsis.model.RecipientActivity;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Polling consumers walking page and size path segments to Result.TotalPages. */
class ApsisConsumerTest extends ApsisTestSupport {

    /** {@code n} items, two per page, at {@code path/{page}/2} (or {@code path/page/{page}/size/2}). */
    static void stubPages(String path, boolean pageSizeStyle, int n, java.util.function.IntFunction<String> item) {
        int pages = (n + 1) / 2;
        for (int p = 1; p <= pages; p++) {
            List<String> items = new ArrayList<>();
            for (int i = 2 * p - 1; i <= Math.min(2 * p, n); i++) {
                items.add(item.apply(i));
            }
            String url = path + (pageSizeStyle ? "/page/" + p + "/size/2" : "/" + p + "/2");
            wm.stubFor(get(urlEqualTo(url)).willReturn(okJson(envelope("{\"TotalCount\":" + n + ",\"TotalPages\":"
                                                                       + pages + ",\"Items\":[" + String.join(",", items)
                                                                       + "]}"))));
        }
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
                .map(e -> e.getMessage().getHeader(ApsisConstants.ITEM_ID, String.class)).toList();
    }

    @Test
    void mailingListsWalkThreePagesThenAnUnchangedPollEmitsNothing() throws Exception {
        stubPages("/v1/mailinglists", false, 5, i -> "{\"Id\":" + i + ",\"Name\":\"List " + i + "\"}");
        MockEndpoint mock = getMockEndpoint("mock:items");
        mock.expectedMessageCount(5);

        route(uri("mailinglists", "&pageSize=2&delay=50&initialDelay=0"));

        mock.assertIsSatisfied();
        assertThat(ids(mock)).containsExactly("1", "2", "3", "4", "5");
        assertThat(mock.getReceivedExchanges().get(0).getMessage().getBody()).isInstanceOf(MailingList.class);
        for (String page : List.of("/v1/mailinglists/1/2", "/v1/mailinglists/2/2", "/v1/mailinglists/3/2")) {
            assertThat(wm.findAll(getRequestedFor(urlEqualTo(page))).get(0).getHeader("Authorization")).isEqualTo(BASIC);
        }
        // a second full walk of the unchanged collection
        awaitRequests(2, getRequestedFor(urlEqualTo("/v1/mailinglists/3/2")));
        assertThat(mock.getReceivedExchanges()).hasSize(5);
        assertThat(wm.findAll(getRequestedFor(urlEqualTo("/v1/mailinglists/4/2")))).as("stops at TotalPages").isEmpty();
    }

    @Test
    void onlyNewEmitsAnItemAddedBetweenPolls() throws Exception {
        stubPages("/v1/mailinglists/7/subscribers", false, 2, i -> "{\"Id\":" + i + ",\"Email\":\"s" + i + "@a.com\"}");
        MockEndpoint mock = getMockEndpoint("mock:items");
        mock.expectedMessageCount(2);
        route(uri("subscribers", "&mailingListId=7&pageSize=2&delay=50&initialDelay=0"));
        mock.assertIsSatisfied();

        mock.reset();
        mock.expectedMessageCount(1);
        stubPages("/v1/mailinglists/7/subscribers", false, 3, i -> "{\"Id\":" + i + ",\"Email\":\"s" + i + "@a.com\"}");
        mock.assertIsSatisfied();
        assertThat(ids(mock)).containsExactly("3");
        assertThat(mock.getReceivedExchanges().get(0).getMessage().getHeader(ApsisConstants.MAILING_LIST_ID))
                .isEqualTo(7L);
    }

    @Test
    void fullSyncEmitsEverythingOnEveryPoll() throws Exception {
        stubPages("/v1/sendqueues", true, 3, i -> "{\"Id\":" + i + "}");
        MockEndpoint mock = getMockEndpoint("mock:items");
        mock.expectedMinimumMessageCount(6);

        route(uri("sendqueues", "&pageSize=2&onlyNew=false&delay=50&initialDelay=0"));

        mock.assertIsSatisfied();
        assertThat(ids(mock).subList(0, 6)).containsExactly("1", "2", "3", "1", "2", "3");
    }

    @Test
    void optOutsOfAListOrASendingAndBouncesOfASendingArePolledWhenTheirOptionIsSet() throws Exception {
        stubPages("/v1/optouts/7", false, 3, i -> "{\"Id\":" + i + "}");
        stubPages("/v1/bounces/sendqueues/11", true, 1, i -> "{\"SendQueueId\":11,\"SubscriberId\":" + i + "}");
        MockEndpoint mock = getMockEndpoint("mock:items");
        mock.expectedMessageCount(4);

        // both options set: the list's opt-outs win, as the docs say
        route(uri("optouts", "&mailingListId=7&sendQueueId=11&pageSize=2&delay=50&initialDelay=0"));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("bounces", "&sendQueueId=11&pageSize=2&delay=50&initialDelay=0")).to("mock:items");
            }
        });

        mock.assertIsSatisfied();
        assertThat(wm.findAll(getRequestedFor(urlEqualTo("/v1/optouts/7/2/2")))).isNotEmpty();
        assertThat(wm.findAll(getRequestedFor(urlMatching("/v1/optouts/sendqueues/.*")))).isEmpty();
        assertThat(wm.findAll(getRequestedFor(urlEqualTo("/v1/bounces/sendqueues/11/page/1/size/2")))).isNotEmpty();
        assertThat(mock.getReceivedExchanges()).allSatisfy(e -> assertThat(e.getMessage()
                .getHeader(ApsisConstants.SEND_QUEUE_ID)).isEqualTo(11L));
    }

    @Test
    void opensOfASendingWalkPageSizeSegments() throws Exception {
        stubPages("/v1/opens/sendqueues/11", true, 4,
                i -> "{\"SendQueueId\":11,\"SubscriberId\":" + i + ",\"OpenDate\":\"\\/Date(1015286583000+0800)\\/\"}");
        MockEndpoint mock = getMockEndpoint("mock:items");
        mock.expectedMessageCount(4);

        route(uri("opens", "&sendQueueId=11&pageSize=2&delay=50&initialDelay=0"));

        mock.assertIsSatisfied();
        RecipientActivity first = mock.getReceivedExchanges().get(0).getMessage().getBody(RecipientActivity.class);
        assertThat(first.getSubscriberId()).isEqualTo(1L);
        assertThat(first.getOther()).containsKey("OpenDate");
    }
}
