package io.github.camelmartech.support.paging;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelmartech.support.error.MarTechMalformedResponseException;
import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.MarTechHttpClient;
import io.github.camelmartech.support.http.TestClients;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaginatorsTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final CloseableHttpClient http = TestClients.pooled();

    @AfterEach
    void close() throws Exception {
        http.close();
    }

    private MarTechHttpClient client() {
        return MarTechHttpClient.builder("Acme", wm.baseUrl(), http).build();
    }

    private static List<String> ids(PageWalker<JsonNode> walker) {
        return walker.all().stream().map(n -> n.get("id").asText()).toList();
    }

    @Test
    void nextLinkInTheBodyWalksToTheLastPage() {
        String base = wm.baseUrl();
        wm.stubFor(get("/v1/list?type=A&size=2").willReturn(okJson(
                "{\"meta\":{\"page\":1,\"size\":2,\"total\":5},\"links\":{\"next\":\"" + base
                + "/v1/list?type=A&size=2&page=2\"},\"results\":[{\"id\":1},{\"id\":2}]}")));
        wm.stubFor(get("/v1/list?type=A&size=2&page=2").willReturn(okJson(
                "{\"links\":{\"next\":\"" + base + "/v1/list?type=A&size=2&page=3\"},\"results\":[{\"id\":3},{\"id\":4}]}")));
        wm.stubFor(get("/v1/list?type=A&size=2&page=3").willReturn(okJson(
                "{\"links\":{\"prev\":\"x\",\"next\":\"\"},\"results\":[{\"id\":5}]}")));
        NextLinkPaginator rule = new NextLinkPaginator("/results", "/links/next", "size", "/meta/total");

        PageWalker<JsonNode> walker = new PageWalker<>(client(), rule, ApiRequest.get("/v1/list").query("type", "A").build(),
                2, 0, ItemType.JSON);

        assertThat(ids(walker)).containsExactly("1", "2", "3", "4", "5");
        assertThat(walker.pagesFetched()).isEqualTo(3);
        wm.verify(3, getRequestedFor(urlPathEqualTo("/v1/list")));
    }

    @Test
    void nextLinksNamingTheVendorsPublicHostAreSentToTheConfiguredBaseUrl() {
        wm.stubFor(get("/v1/list?size=1").willReturn(okJson(
                "{\"links\":{\"next\":\"https://api.vendor.invalid/v1/list?size=1&page=2\"},\"results\":[{\"id\":1}]}")));
        wm.stubFor(get("/v1/list?size=1&page=2").willReturn(okJson(
                "{\"links\":{\"next\":\"https://api.vendor.invalid/v1/list?size=1&page=2\"},\"results\":[{\"id\":2}]}")));
        NextLinkPaginator rule = new NextLinkPaginator("/results", "/links/next", "size", null);

        PageWalker<JsonNode> walker = new PageWalker<>(client(), rule, ApiRequest.get("/v1/list").build(), 1, 0, ItemType.JSON);

        // page 2 links to itself: the walk ends instead of looping
        assertThat(ids(walker)).containsExactly("1", "2");
        wm.verify(1, getRequestedFor(urlEqualTo("/v1/list?size=1&page=2")));
    }

    @Test
    void theWalkIsLazyAndHonoursMaxPages() {
        String base = wm.baseUrl();
        for (int p = 1; p <= 5; p++) {
            wm.stubFor(get("/v1/list?size=1" + (p == 1 ? "" : "&page=" + p)).willReturn(okJson(
                    "{\"links\":{\"next\":\"" + base + "/v1/list?size=1&page=" + (p + 1) + "\"},\"results\":[{\"id\":" + p + "}]}")));
        }
        NextLinkPaginator rule = new NextLinkPaginator("/results", "/links/next", "size", null);

        PageWalker<JsonNode> walker = new PageWalker<>(client(), rule, ApiRequest.get("/v1/list").build(), 1, 3, ItemType.JSON);
        assertThat(walker.next().items()).hasSize(1);
        wm.verify(1, getRequestedFor(urlPathEqualTo("/v1/list")));

        assertThat(ids(walker)).containsExactly("2", "3");
        wm.verify(3, getRequestedFor(urlPathEqualTo("/v1/list")));
    }

    @Test
    void aLinkHeaderNamingAnotherHostOverHttpNeverLeavesTheBaseUrlsOrigin() {
        wm.stubFor(get("/v1/devices?per_page=2").willReturn(okJson("[{\"id\":\"a\"}]")
                .withHeader("Link", "<http://elsewhere.invalid:8080/v1/devices?per_page=2&page=2>; rel=\"next\"")));
        wm.stubFor(get("/v1/devices?per_page=2&page=2").willReturn(okJson("[{\"id\":\"b\"}]")));

        PageWalker<JsonNode> walker = new PageWalker<>(client(), new LinkHeaderPaginator("", "per_page"),
                ApiRequest.get("/v1/devices").build(), 2, 0, ItemType.JSON);

        assertThat(ids(walker)).containsExactly("a", "b");
        wm.verify(getRequestedFor(urlEqualTo("/v1/devices?per_page=2&page=2")));
    }

    @Test
    void linkHeaderNextWalksUntilThereIsNone() {
        String base = wm.baseUrl();
        wm.stubFor(get("/v1/devices?per_page=2").willReturn(okJson("[{\"id\":\"a\"},{\"id\":\"b\"}]")
                .withHeader("Link", "<" + base + "/v1/devices?per_page=2&page=3>; rel=\"last\", <" + base
                                    + "/v1/devices?per_page=2&page=2>; rel=\"next\"")));
        wm.stubFor(get("/v1/devices?per_page=2&page=2").willReturn(okJson("[{\"id\":\"c\"},{\"id\":\"d\"}]")
                .withHeader("Link", "<" + base + "/v1/devices?per_page=2&page=3>; rel=next")));
        wm.stubFor(get("/v1/devices?per_page=2&page=3").willReturn(okJson("[{\"id\":\"e\"}]")
                .withHeader("Link", "<" + base + "/v1/devices?per_page=2&page=2>; rel=\"prev\"")));

        PageWalker<JsonNode> walker = new PageWalker<>(client(), new LinkHeaderPaginator("", "per_page"),
                ApiRequest.get("/v1/devices").build(), 2, 0, ItemType.JSON);

        assertThat(ids(walker)).containsExactly("a", "b", "c", "d", "e");
    }

    @Test
    void pageNumbersInTheQueryEndAtTheTotalPagesHeader() {
        for (int p = 1; p <= 3; p++) {
            wm.stubFor(get("/v3/contacts?page=" + p + "&perPage=2").willReturn(okJson("[{\"id\":\"p" + p + "a\"},{\"id\":\"p" + p + "b\"}]")
                    .withHeader("TotalPages", "3").withHeader("CurrentPage", String.valueOf(p))));
        }
        Paginator rule = PageNumberPaginator.inQuery("page", "perPage").totalPagesHeader("TotalPages").build();

        PageWalker<JsonNode> walker = new PageWalker<>(client(), rule, ApiRequest.get("/v3/contacts").build(), 2, 0, ItemType.JSON);

        assertThat(ids(walker)).containsExactly("p1a", "p1b", "p2a", "p2b", "p3a", "p3b");
        wm.verify(3, getRequestedFor(urlPathEqualTo("/v3/contacts")));
    }

    @Test
    void pageNumbersInThePathEndAtTheTotalPagesOfTheBody() {
        for (int p = 1; p <= 3; p++) {
            wm.stubFor(get("/v1/mailinglists/all/" + p + "/10").willReturn(okJson(
                    "{\"Code\":1,\"Result\":{\"TotalPages\":3,\"Items\":[{\"id\":" + p + "}]}}")));
        }
        Paginator rule = PageNumberPaginator
                .custom((c, page, size) -> ApiRequest.get(c.target() + "/{page}/{size}", page, size).build())
                .itemsAt("/Result/Items").totalPagesAt("/Result/TotalPages").build();

        PageWalker<JsonNode> walker = new PageWalker<>(client(), rule, ApiRequest.get("/v1/mailinglists/all").build(),
                10, 0, ItemType.JSON);

        assertThat(ids(walker)).containsExactly("1", "2", "3");
    }

    @Test
    void withoutATotalTheFirstShortPageEndsTheWalk() {
        wm.stubFor(get("/x?page=1&size=2").willReturn(okJson("[{\"id\":1},{\"id\":2}]")));
        wm.stubFor(get("/x?page=2&size=2").willReturn(okJson("[{\"id\":3}]")));
        Paginator rule = PageNumberPaginator.inQuery("page", "size").build();

        assertThat(ids(new PageWalker<>(client(), rule, ApiRequest.get("/x").build(), 2, 0, ItemType.JSON)))
                .containsExactly("1", "2", "3");
        wm.verify(2, getRequestedFor(urlPathEqualTo("/x")));
    }

    @Test
    void asRequestedARequestNamingItsPageIsThatPageAndOneNamingItsSizeWalksPagesOfIt() {
        wm.stubFor(get("/x?page=3&size=5").willReturn(okJson("[{\"id\":1},{\"id\":2}]").withHeader("TotalPages", "9")));
        for (int p = 1; p <= 2; p++) {
            wm.stubFor(get(urlPathEqualTo("/x")).withQueryParam("size", equalTo("1"))
                    .withQueryParam("page", equalTo(String.valueOf(p)))
                    .willReturn(okJson("[{\"id\":" + (p + 2) + "}]").withHeader("TotalPages", "2")));
        }
        Paginator rule = PageNumberPaginator.inQuery("page", "size").totalPagesHeader("TotalPages").asRequested()
                .build();

        PageWalker<JsonNode> onePage = new PageWalker<>(client(), rule,
                ApiRequest.get("/x").query("page", "3").query("size", "5").build(), 50, 0, ItemType.JSON);
        assertThat(ids(onePage)).containsExactly("1", "2");
        assertThat(ids(new PageWalker<>(client(), rule, ApiRequest.get("/x").query("size", "1").build(), 50, 0,
                ItemType.JSON))).containsExactly("3", "4");
        wm.verify(3, getRequestedFor(urlPathEqualTo("/x")));
        assertThatThrownBy(() -> PageNumberPaginator.custom((c, page, size) -> c).asRequested())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aHeadersCountIsANumberOnlyWhenItIsOne() {
        assertThat(PageNumberPaginator.number(" 201 ")).isEqualTo(201L);
        assertThat(PageNumberPaginator.number(null)).isNull();
        assertThat(PageNumberPaginator.number("many")).isNull();
    }

    /** An item of a typed collection. */
    public record Item(int id, String name) {
    }

    @Test
    void itemsAreBoundToTheirTypeWhereverTheArrayStandsAndTheRestIsKeptAsTheEnvelope() {
        wm.stubFor(get("/v1/typed?size=2").willReturn(okJson("{\"results\":[{\"id\":1,\"name\":\"a\",\"extra\":[1,{}]},"
                + "{\"id\":2,\"name\":null}],\"meta\":{\"total\":\"2\"},\"links\":{\"next\":\"\"}}")));
        NextLinkPaginator rule = new NextLinkPaginator("/results", "/links/next", "size", "/meta/total");

        Page<Item> page = new PageWalker<>(client(), rule, ApiRequest.get("/v1/typed").build(), 2, 0,
                ItemType.of(Item.class)).next();

        assertThat(page.items()).containsExactly(new Item(1, "a"), new Item(2, null));
        assertThat(page.totalItems()).isEqualTo(2L);
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void nestedItemsLeaveTheirSiblingsInTheEnvelope() {
        wm.stubFor(get("/nested").willReturn(okJson("{\"Code\":1,\"Result\":{\"Items\":[{\"id\":7}],\"TotalPages\":4},"
                + "\"Message\":\"OK\"}")));

        PageBody<Item> body = PageBody.read(client().execute(ApiRequest.get("/nested").build()), "/Result/Items",
                ItemType.of(Item.class));

        assertThat(body.items()).containsExactly(new Item(7, null));
        assertThat(body.longAt("/Result/TotalPages")).isEqualTo(4L);
        assertThat(body.envelope().path("Message").asText()).isEqualTo("OK");
        assertThat(body.envelope().path("Result").has("Items")).isFalse();
    }

    @Test
    void aPageWhoseItemsAreNotAnArrayIsMalformed() {
        wm.stubFor(get("/v1/list").willReturn(okJson("{\"results\":{\"id\":1}}")));
        NextLinkPaginator rule = new NextLinkPaginator("/results", "/links/next", null, null);

        assertThatThrownBy(() -> new PageWalker<>(client(), rule, ApiRequest.get("/v1/list").build(), 0, 0, ItemType.JSON).next())
                .isInstanceOf(MarTechMalformedResponseException.class).hasMessageContaining("/results");
    }
}
