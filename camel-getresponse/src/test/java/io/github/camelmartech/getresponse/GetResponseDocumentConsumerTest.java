package io.github.camelmartech.getresponse;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.support.error.MarTechInvalidInputException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every paged collection of GetResponse's API document can be polled: a resource without a friendly consumer polls
 * its own collection, oldest first where the document sorts it by a date; {@code operation} names another one, its
 * path parameters from the options; an operation that is not a paged collection is refused at start.
 */
class GetResponseDocumentConsumerTest extends GetResponseTestSupport {

    private void route(String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("poll").to("mock:items");
            }
        });
    }

    private static List<String> ids(MockEndpoint mock) {
        return mock.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getHeader(GetResponseConstants.ID, String.class)).toList();
    }

    @Test
    void aResourceWithoutAFriendlyConsumerPollsItsCollectionOldestFirst() throws Exception {
        wm.stubFor(get(urlPathEqualTo("/v3/shops")).willReturn(okJson("""
                [{"shopId":"s1","name":"Acme","createdOn":"2024-03-01T08:00:00+0000"},
                 {"shopId":"s2","name":"Bolt","createdOn":"2024-03-02T08:00:00+0000"}]""").withHeader("TotalPages", "1")));
        MockEndpoint mock = getMockEndpoint("mock:items");
        mock.expectedMessageCount(2);

        route(uri("shops", "&delay=50&initialDelay=0"));

        mock.assertIsSatisfied();
        assertThat(ids(mock)).containsExactly("s1", "s2");
        assertThat(mock.getReceivedExchanges().get(0).getMessage().getBody(JsonNode.class).path("name").asText())
                .isEqualTo("Acme");
        String first = wm.findAll(getRequestedFor(urlPathEqualTo("/v3/shops"))).get(0).getUrl();
        assertThat(first).contains("sort%5BcreatedOn%5D=ASC").contains("page=1")
                .as("GetResponse's document gives /shops no createdOn filter").doesNotContain("query%5BcreatedOn%5D");
    }

    @Test
    void theOperationOptionNamesTheCollectionAndItsPathParametersComeFromOptions() throws Exception {
        wm.stubFor(get(urlPathEqualTo("/v3/shops/S1/orders")).willReturn(okJson(
                "[{\"orderId\":\"o1\"},{\"orderId\":\"o2\"}]").withHeader("TotalPages", "1")));
        MockEndpoint mock = getMockEndpoint("mock:items");
        mock.expectedMessageCount(2);

        route(uri("shops", "&operation=getOrderList&shopId=S1&pageSize=20&delay=50&initialDelay=0"));

        mock.assertIsSatisfied();
        assertThat(ids(mock)).containsExactly("o1", "o2");
        assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/v3/shops/S1/orders"))).get(0).getUrl())
                .isEqualTo("/v3/shops/S1/orders?page=1&perPage=20");
    }

    @Test
    void anOperationThatIsNotAPagedCollectionCannotBePolled() {
        assertThatThrownBy(() -> route(uri("shops", "&operation=createShop&delay=50")))
                .hasRootCauseInstanceOf(MarTechInvalidInputException.class)
                .rootCause().hasMessageContaining("'createShop' of shops cannot be polled; polled are [getShopList,");
        assertThat(wm.getAllServeEvents()).as("no HTTP call").isEmpty();
    }
}
