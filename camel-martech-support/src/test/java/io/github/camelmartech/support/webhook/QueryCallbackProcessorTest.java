package io.github.camelmartech.support.webhook;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.support.component.MarTechConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A GET callback becomes the JSON object of its query parameters, without the secret; a POST passes as it is. */
class QueryCallbackProcessorTest {

    private final List<JsonNode> emitted = new ArrayList<>();
    private final CamelContext context = new DefaultCamelContext();

    private Exchange process(String method, String query, String body) throws Exception {
        MarTechConfiguration configuration = new MarTechConfiguration() {
            @Override
            public String getResource() {
                return "callbacks";
            }
        };
        WebhookItems<JsonNode> items = List::of;
        QueryCallbackProcessor processor = new QueryCallbackProcessor(new MarTechWebhookProcessor<>(
                exchange -> emitted.add(exchange.getMessage().getBody(JsonNode.class)), items, configuration), "key");
        Exchange exchange = new DefaultExchange(context);
        exchange.getMessage().setHeader(Exchange.HTTP_METHOD, method);
        exchange.getMessage().setHeader(Exchange.HTTP_QUERY, query);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, body == null ? null : "application/json");
        exchange.getMessage().setBody(body);
        processor.process(exchange);
        return exchange;
    }

    @Test
    void aGetIsTheObjectOfItsParametersDecodedWithoutTheSecret() throws Exception {
        Exchange answered = process("GET", "action=open&CONTACT_ID=c%2B1&key=s3cret&flag", null);

        assertThat(answered.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(200);
        assertThat(emitted).hasSize(1);
        assertThat(emitted.get(0).toString()).isEqualTo("{\"action\":\"open\",\"CONTACT_ID\":\"c+1\",\"flag\":\"\"}");
    }

    @Test
    void aGetWithoutParametersIsAnEmptyBodyAndAPostIsUnchanged() throws Exception {
        assertThat(process("GET", null, null).getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(400);
        assertThat(emitted).isEmpty();

        process("POST", "ignored=1", "{\"type\":\"open\"}");
        assertThat(emitted).hasSize(1);
        assertThat(emitted.get(0).toString()).isEqualTo("{\"type\":\"open\"}");
    }
}
