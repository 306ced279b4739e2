package io.github.camelmartech.getresponse;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmartech.support.json.MarTechJson;
import io.github.camelmartech.support.webhook.MarTechWebhookProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.util.URISupport;

/**
 * GetResponse calls a callback URL with GET and query parameters; its app webhooks POST JSON. A GET is turned into
 * the JSON object of its parameters (the secret parameter left out) and both go through the shared webhook checks
 * (secret, size, shape) of {@link MarTechWebhookProcessor}.
 */
final class GetResponseWebhookProcessor implements Processor {

    private final MarTechWebhookProcessor<?> delegate;
    private final String secretParameter;

    GetResponseWebhookProcessor(MarTechWebhookProcessor<?> delegate, String secretParameter) {
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
                for (Map.Entry<String, Object> p : URISupport.parseQuery(query).entrySet()) {
                    if (!p.getKey().equals(secretParameter)) {
                        parameters.put(p.getKey(), String.valueOf(p.getValue()));
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
}
