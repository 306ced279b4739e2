package io.github.camelmartech.support.webhook;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmartech.support.json.MarTechJson;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/**
 * For a vendor that calls a callback URL with GET and query parameters (and may also POST JSON): a GET is turned into
 * the JSON object of its parameters (the secret parameter left out), then both go through the shared webhook checks
 * (secret, size, shape) of {@link MarTechWebhookProcessor}.
 */
public class QueryCallbackProcessor implements Processor {

    private final MarTechWebhookProcessor<?> delegate;
    private final String secretParameter;

    public QueryCallbackProcessor(MarTechWebhookProcessor<?> delegate, String secretParameter) {
        this.delegate = delegate;
        this.secretParameter = secretParameter;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message in = exchange.getMessage();
        if ("GET".equalsIgnoreCase(in.getHeader(Exchange.HTTP_METHOD, String.class))) {
            ObjectNode parameters = MarTechJson.mapper().createObjectNode();
            String query = in.getHeader(Exchange.HTTP_QUERY, String.class);
            if (query != null && !query.isEmpty()) {
                for (String pair : query.split("&")) {
                    int eq = pair.indexOf('=');
                    String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                    if (!name.isEmpty() && !name.equals(secretParameter)) {
                        parameters.put(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
                    }
                }
            }
            byte[] json = parameters.isEmpty() ? new byte[0] : parameters.toString().getBytes(StandardCharsets.UTF_8);
            in.setHeader(Exchange.HTTP_METHOD, "POST");
            in.setHeader(Exchange.CONTENT_TYPE, "application/json");
            in.removeHeader(Exchange.CONTENT_LENGTH);
            in.setBody(json);
        }
        delegate.process(exchange);
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
