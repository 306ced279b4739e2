package io.github.camelmartech.getresponse;

import java.util.List;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.github.camelmartech.getresponse.model.Contact;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Polling consumers walking TotalPages, only-new by the createdOn watermark, and by id where there is no date order. */
class GetResponseConsumerTest extends GetResponseTestSupport {

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

    private static String contact(int i) {
        return "{\"contactId\":\"c" + i + "\",\"email\":\"c" + i + "@example.com\",\"createdOn\":\"2024-02-0" + i
               + "T10:00:00+0000\"}";
    }

    private static List<String> ids(MockEndpoint mock) {
        return mock.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getHeader(GetResponseConstants.ID, String.class)).toList();
    }

    @Test
    void contactsOnlyNewWalksThreePagesAscendingThenAsksFromTheWatermark() throws Exception {
        for (int p = 1; p <= 3; p++) {
            String body = p < 3 ? "[" + contact(2 * p - 1) + "," + contact(2 * p) + "]" : "[" + contact(5) + "]";
            wm.stubFor(get(urlPathEqualTo("/v3/contacts")).withQueryParam("page", equalTo("" + p))
                    .withQueryParam("query[createdOn][from]", absent())
                    .willReturn(okJson(body).withHeader("TotalPages", "3").withHeader("CurrentPage", "" + p)
                            .withHeader("TotalCount", "5")));
        }
        wm.stubFor(get(urlPathEqualTo("/v3/contacts")).withQueryParam("query[createdOn][from]", matching(".+"))
                .willReturn(okJson("[" + contact(5) + "]").withHeader("TotalPages", "1")));
        MockEndpoint mock = getMockEndpoint("mock:items");
        mock.expectedMessageCount(5);

        route(uri("contacts", "&campaignId=p86zQ&pageSize=2&delay=50&initialDelay=0"));

        mock.assertIsSatisfied();
        assertThat(ids(mock)).containsExactly("c1", "c2", "c3", "c4", "c5");
        assertThat(mock.getReceivedExchanges().get(0).getMessage().getBody()).isInstanceOf(Contact.class);
        awaitRequests(1, getRequestedFor(urlPathEqualTo("/v3/contacts")).withQueryParam("query[createdOn][from]", matching(".+")));
        String later = wm.findAll(getRequestedFor(urlPathEqualTo("/v3/contacts"))
                .withQueryParam("query[createdOn][from]", matching(".+"))).get(0).getUrl();
        assertThat(later).contains("query%5BcampaignId%5D=p86zQ").contains("sort%5BcreatedOn%5D=ASC")
                .contains("query%5BcreatedOn%5D%5Bfrom%5D=2024-02-05T10%3A00%3A00%2B0000").contains("perPage=2");
        one(getRequestedFor(urlPathEqualTo("/v3/contacts")).withQueryParam("page", equalTo("3")));
        Thread.sleep(150);
        assertThat(mock.getReceivedCounter()).as("c5 is not emitted again").isEqualTo(5);
    }

    @Test
    void campaignsAndNewslettersFollowCreatedOn() throws Exception {
        wm.stubFor(get(urlPathEqualTo("/v3/newsletters")).willReturn(okJson("""
                [{"newsletterId":"N1","createdOn":"2024-03-01T08:00:00+0000"},
                 {"newsletterId":"N2","createdOn":"2024-03-02T08:00:00+00:00"}]""").withHeader("TotalPages", "1")));
        MockEndpoint mock = getMockEndpoint("mock:items");
        mock.expectedMessageCount(2);

        route(uri("newsletters", "&delay=50&initialDelay=0"));

        mock.assertIsSatisfied();
        assertThat(ids(mock)).containsExactly("N1", "N2");
        assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/v3/newsletters"))).get(0).getUrl())
                .contains("sort%5BcreatedOn%5D=ASC").contains("page=1").contains("perPage=100");
    }

    @Test
    void tagsHaveNoDateOrderSoOnlyNewGoesById() throws Exception {
        wm.stubFor(get(urlPathEqualTo("/v3/tags")).inScenario("t").whenScenarioStateIs("Started").willSetStateTo("more")
                .willReturn(okJson("[{\"tagId\":\"t1\",\"name\":\"gold\"}]").withHeader("TotalPages", "1")));
        wm.stubFor(get(urlPathEqualTo("/v3/tags")).inScenario("t").whenScenarioStateIs("more")
                .willReturn(okJson("[{\"tagId\":\"t1\",\"name\":\"gold\"},{\"tagId\":\"t2\",\"name\":\"silver\"}]")
                        .withHeader("TotalPages", "1")));
        MockEndpoint mock = getMockEndpoint("mock:items");
        mock.expectedMessageCount(2);

        route(uri("tags", "&delay=50&initialDelay=0"));

        mock.assertIsSatisfied();
        assertThat(ids(mock)).containsExactly("t1", "t2");
        assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/v3/tags"))).get(0).getUrl()).doesNotContain("sort");
    }

    @Test
    void datesParseBothOffsetForms() throws Exception {
        assertThat(createdOn("2018-02-22T13:33:42+0000")).isEqualTo(createdOn("2018-02-22T13:33:42+00:00"))
                .isEqualTo(java.time.Instant.parse("2018-02-22T13:33:42Z"));
        assertThat(createdOn("2018-02-22T15:33:42+0200")).isEqualTo(java.time.Instant.parse("2018-02-22T13:33:42Z"));
    }

    private static java.time.Instant createdOn(String date) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper()
                .readValue("{\"createdOn\":\"" + date + "\"}", Contact.class).getCreatedOn().toInstant();
    }
}
