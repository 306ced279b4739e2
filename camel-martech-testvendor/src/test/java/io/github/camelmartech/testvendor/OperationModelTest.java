package io.github.camelmartech.testvendor;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.json.IsoDate;
import io.github.camelmartech.support.json.MarTechJson;
import io.github.camelmartech.support.operation.ApiOperation;
import io.github.camelmartech.support.operation.Body;
import io.github.camelmartech.support.operation.Checker;
import io.github.camelmartech.support.operation.OperationCall;
import io.github.camelmartech.support.operation.OperationRunner;
import io.github.camelmartech.support.operation.OperationTable;
import io.github.camelmartech.support.operation.PagedCollection;
import io.github.camelmartech.support.operation.Poll;
import io.github.camelmartech.support.operation.Resource;
import io.github.camelmartech.support.operation.Rule;
import io.github.camelmartech.support.operation.Sourced;
import io.github.camelmartech.support.operation.Value;
import io.github.camelmartech.support.paging.ItemType;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The operation model's request building, through a real endpoint (options are read with its generated configurer):
 * bodies, defaults and where values came from, checks, path encoding, query rules. Nothing is sent.
 */
class OperationModelTest extends CamelTestSupport {

    /** A typed request as vendors model them. */
    public static final class Message {
        public String text;
        public String sender;
        public List<String> to;
    }

    /** A model with a date and a number, as vendors' bodies have them. */
    public static final class Payment {
        @IsoDate
        public Instant at;
        public Double amount;
    }

    private static final ApiOperation.Builder<Message> SEND = ApiOperation.post("send", "/v1/lists/{listId}/send")
            .path("listId", Value.header("CamelTestVendorListId").orOption("path").check(Rule.pattern("[0-9]+",
                    "must be a number")))
            .query("dryRun", Value.header("CamelTestVendorDryRun"))
            .body(Body.of(Message.class).orText(text -> {
                Message m = new Message();
                m.text = text;
                return m;
            }))
            .defaults((call, m) -> call.fill("sender", m.sender, call.headerOrOption("CamelTestVendorSender", "httpMethod"),
                    s -> m.sender = s.text()))
            .defaults((call, m) -> call.fill("to", m.to, call.headerOrOption("CamelTestVendorTo", "stateKey"),
                    s -> m.to = List.of(s.text().split(","))))
            .check((c, m) -> c.field("text", m.text, Rule.required())
                    .field("sender", m.sender, Rule.required(), Rule.length(1, 11))
                    .each("to", m.to, (each, number) -> each.field("number", number, Rule.pattern("[1-9][0-9]{6,14}",
                            "must be 7-15 digits"))))
            .notIdempotent();

    private static final OperationTable TABLE = OperationTable.vendor("TestVendor", TestVendorOperations.HEADERS)
            .resource(Resource.named("messages").defaultOperation(SEND)
                    .operation(ApiOperation.get("search", "/v1/search").queryHeader("q", "page", "query["))
                    // a value converted with an endpoint option, as a date is written in a configured time zone
                    .operation(ApiOperation.get("at", "/v1/at").query("at", Value.header("CamelTestVendorAt")
                            .check(Rule.pattern("[0-9]+", "must be a number"))
                            .map(v -> Integer.parseInt(v.toString()) + 1)
                            .map((v, call) -> v + "@" + call.option("path"))))
                    .operation(ApiOperation.post("note", "/v1/notes").body(Body.of(Message.class)
                            .orTextUnlessModel(OperationModelTest::text)))
                    .operation(ApiOperation.post("verify", "/v1/codes/{code}")
                            .path("code", Value.header("CamelTestVendorCode").orStringBody()))
                    .operation(ApiOperation.get("page", "/v1/items").query("size", Value.constant(10)
                            .check(Rule.range(1, 50))).queryHeader()))
            .resource(Resource.named("lists")
                    .defaultOperation(ApiOperation.get("all", "/v1/lists"))
                    .operation(ApiOperation.get("byOwner", "/v1/owners/{owner}/lists").path("owner", Value.option("path")))
                    .operation(ApiOperation.get("mine", "/v1/me/lists"))
                    .poll(Poll.of("all", TestVendorOperations.PAGINATOR, ItemType.JSON).key(item -> item.path("id").asText())
                            .orWhenOption("path", "byOwner").orWhenOption("stateKey", "mine")))
            .build();

    private static Message text(String text) {
        Message m = new Message();
        m.text = text;
        return m;
    }

    private ApiRequest request(String operation, Object body, Map<String, Object> headers, String options) {
        TestVendorEndpoint endpoint = context.getEndpoint("testvendor:items?apiKey=k" + options, TestVendorEndpoint.class);
        Exchange exchange = new DefaultExchange(context);
        exchange.getMessage().setHeaders(new java.util.HashMap<>(headers));
        exchange.getMessage().setBody(body);
        return OperationRunner.request(TABLE.resource("messages").operation(operation),
                new OperationCall(exchange, endpoint), body);
    }

    private static String body(ApiRequest request) {
        return new String(request.body(), StandardCharsets.UTF_8);
    }

    private static String sentText(ApiRequest request) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(request.body()).path("text").asText();
    }

    @Test
    void aStringBodyIsTheTextUnlessItIsAJsonObject() {
        ApiRequest text = request("send", "{Promo} 20% off", Map.of("CamelTestVendorListId", "7",
                "CamelTestVendorSender", "Acme", "CamelTestVendorTo", "306900000001"), "");
        assertThat(body(text)).isEqualTo("{\"text\":\"{Promo} 20% off\",\"sender\":\"Acme\",\"to\":[\"306900000001\"]}");
        assertThat(text.target()).isEqualTo("/v1/lists/7/send");
        assertThat(text.isIdempotent()).isFalse();

        ApiRequest trailing = request("send", "{} and more", Map.of("CamelTestVendorListId", "7",
                "CamelTestVendorSender", "Acme", "CamelTestVendorTo", "306900000001"), "");
        assertThat(body(trailing)).startsWith("{\"text\":\"{} and more\"");

        ApiRequest json = request("send", "{\"text\":\"hi\",\"sender\":\"Me\",\"to\":[\"306900000002\"]}",
                Map.of("CamelTestVendorListId", "7"), "");
        assertThat(body(json)).isEqualTo("{\"text\":\"hi\",\"sender\":\"Me\",\"to\":[\"306900000002\"]}");

        assertThatThrownBy(() -> request("send", "{\"txt\":\"hi\"}", Map.of("CamelTestVendorListId", "7"), ""))
                .isInstanceOf(MarTechInvalidInputException.class).hasMessageStartingWith("body.txt: is not a field of Message");
    }

    @Test
    void withOrTextUnlessModelJsonOfAnotherShapeIsTextToo() throws Exception {
        assertThat(sentText(request("note", "{\"text\":\"hi\",\"sender\":\"Me\"}", Map.of(), ""))).isEqualTo("hi");
        assertThat(sentText(request("note", "{\"txt\":\"hi\"}", Map.of(), ""))).isEqualTo("{\"txt\":\"hi\"}");
        assertThat(sentText(request("note", "{Promo} 20% off", Map.of(), ""))).isEqualTo("{Promo} 20% off");
        // an empty object says nothing of the model, and JSON followed by more text is not JSON
        assertThat(sentText(request("note", "{}", Map.of(), ""))).isEqualTo("{}");
        assertThat(sentText(request("note", " {\"text\":\"hi\"} 🌇", Map.of(), ""))).isEqualTo(" {\"text\":\"hi\"} 🌇");
        // a Map is the request whatever the text policy: an unknown field is refused, not sent as text
        assertThatThrownBy(() -> request("note", Map.of("txt", "hi"), Map.of(), ""))
                .hasMessageStartingWith("body.txt: is not a field of Message");
    }

    @Test
    void aPathValueMayBeTheWholeStringBody() {
        assertThat(request("verify", " 123456 ", Map.of(), "").target()).isEqualTo("/v1/codes/123456");
        assertThat(request("verify", "123456", Map.of("CamelTestVendorCode", "999"), "").target())
                .isEqualTo("/v1/codes/999");
        assertThatThrownBy(() -> request("verify", Map.of("code", "1"), Map.of(), ""))
                .hasMessage("code: is required (header CamelTestVendorCode or a String body)");
    }

    @Test
    void aQueryHeaderEntryReplacesTheOperationsOwnParameterUnderItsRules() {
        assertThat(request("page", null, Map.of(), "").targetWithQuery()).isEqualTo("/v1/items?size=10");
        assertThat(request("page", null, Map.of(TestVendorConstants.QUERY, Map.of("size", 20)), "").targetWithQuery())
                .isEqualTo("/v1/items?size=20");
        assertThatThrownBy(() -> request("page", null, Map.of(TestVendorConstants.QUERY, Map.of("size", "99")), ""))
                .isInstanceOf(MarTechInvalidInputException.class)
                .hasMessage("size: must be 1-50 (from header CamelTestVendorQuery)");
    }

    @Test
    void aBadValueFilledInFromAHeaderOrOptionIsNamedWithItsSource() {
        assertThatThrownBy(() -> request("send", "hi", Map.of("CamelTestVendorListId", "7",
                "CamelTestVendorSender", "Acme", "CamelTestVendorTo", "306900000001,0123"), ""))
                .isInstanceOf(MarTechInvalidInputException.class)
                .hasMessage("to[1].number: must be 7-15 digits (from header CamelTestVendorTo)");
        assertThatThrownBy(() -> request("send", "hi", Map.of("CamelTestVendorListId", "7",
                "CamelTestVendorTo", "306900000001"), "&httpMethod=AVeryLongSenderName"))
                .hasMessage("sender: must be 1-11 characters (from option httpMethod)");
        assertThatThrownBy(() -> request("send", Map.of("text", "hi", "sender", "", "to", List.of("306900000001")),
                Map.of("CamelTestVendorListId", "7"), ""))
                .hasMessage("sender: is required (from the body)");
    }

    @Test
    void pathParametersComeFromTheirPlacesAreCheckedAndStayInOneSegment() {
        Map<String, Object> ok = Map.of("CamelTestVendorSender", "Acme", "CamelTestVendorTo", "306900000001");
        assertThat(request("send", "hi", ok, "&path=42").target()).isEqualTo("/v1/lists/42/send");
        assertThatThrownBy(() -> request("send", "hi", ok, ""))
                .hasMessage("listId: is required (header CamelTestVendorListId or option path)");
        Map<String, Object> hostile = new java.util.HashMap<>(ok);
        hostile.put("CamelTestVendorListId", "1/../admin");
        assertThatThrownBy(() -> request("send", "hi", hostile, ""))
                .hasMessage("listId: must be a number (from header CamelTestVendorListId)");
    }

    @Test
    void theQueryHeaderTakesOnlyTheNamesTheOperationAllows() {
        ApiRequest search = request("search", null, Map.of(TestVendorConstants.QUERY,
                Map.of("q", "a b", "query[name]", "x")), "");
        assertThat(search.targetWithQuery()).contains("q=a%20b").contains("query%5Bname%5D=x");

        assertThatThrownBy(() -> request("search", null, Map.of(TestVendorConstants.QUERY, Map.of("sort", "x")), ""))
                .isInstanceOf(MarTechInvalidInputException.class)
                .hasMessageStartingWith("sort: is not a query parameter of search")
                .hasMessageEndingWith("(from header CamelTestVendorQuery)");
    }

    @Test
    void aValueOfTheWrongFormIsNamedByItsPlaceInTheBody() {
        Body<List<Payment>> payments = Body.of(MarTechJson.mapper(),
                MarTechJson.mapper().getTypeFactory().constructCollectionType(List.class, Payment.class));

        assertThatThrownBy(() -> payments.bind(List.of(Map.of("at", "2024-01-15T10:30:00Z"), Map.of("at", "yesterday"))))
                .isInstanceOf(MarTechInvalidInputException.class)
                .hasMessage("body[1].at: must be an ISO-8601 timestamp such as 2024-01-15T10:30:00Z, not 'yesterday'");
        assertThatThrownBy(() -> Body.of(Payment.class).bind("{\"amount\":\"ten\"}"))
                .isInstanceOf(MarTechInvalidInputException.class).hasMessage("body.amount: must be a number, not 'ten'");
        assertThatThrownBy(() -> Body.of(Payment.class).bind("{\"amount\":"))
                .hasMessageStartingWith("body: must be a Payment, a Map or JSON of that shape");
        assertThat(payments.bind("[{\"at\":\"2024-01-15T12:30:00+02:00\"}]").get(0).at)
                .isEqualTo(Instant.parse("2024-01-15T10:30:00Z"));
    }

    @Test
    void aValueIsCheckedThenMappedInOrderWithTheCall() {
        assertThat(request("at", null, Map.of("CamelTestVendorAt", "41"), "&path=zone").targetWithQuery())
                .isEqualTo("/v1/at?at=42%40zone");
        assertThatThrownBy(() -> request("at", null, Map.of("CamelTestVendorAt", "x"), ""))
                .hasMessage("at: must be a number (from header CamelTestVendorAt)");
    }

    @Test
    void aPollWalksTheOperationOfTheFirstOptionSetElseItsOwn() {
        assertThat(polled("").target()).isEqualTo("/v1/lists");
        assertThat(polled("&stateKey=s").target()).isEqualTo("/v1/me/lists");
        assertThat(polled("&stateKey=s&path=ann").target()).as("the first stated wins").isEqualTo("/v1/owners/ann/lists");
    }

    private ApiRequest polled(String options) {
        TestVendorEndpoint endpoint = context.getEndpoint("testvendor:items?apiKey=k" + options, TestVendorEndpoint.class);
        Resource lists = TABLE.resource("lists");
        return new PagedCollection<>(endpoint, lists, lists.poll()).request();
    }

    @Test
    void aCheckOnAWholeListElementNamesTheElement() {
        assertThatThrownBy(() -> new Checker(null).each("to", List.of("ok", "bad"),
                (c, to) -> c.field("", to, Rule.oneOf("ok"))))
                .isInstanceOf(MarTechInvalidInputException.class).hasMessage("to[1]: must be one of [ok]");
    }

    @Test
    void sourcesAreDescribedForErrors() {
        assertThat(Sourced.option("senderId", "x").describe()).isEqualTo("option senderId");
        assertThat(Sourced.header("CamelX", "x").describe()).isEqualTo("header CamelX");
        assertThat(Sourced.body("", "x").describe()).isEqualTo("the body");
    }
}
