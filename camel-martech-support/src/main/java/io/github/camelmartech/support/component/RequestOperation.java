package io.github.camelmartech.support.component;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.ApiResponse;
import io.github.camelmartech.support.http.MarTechHttpClient;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The {@code request} resource every vendor has: an authenticated, retried call to any method and path of the API,
 * for endpoints the component does not model yet. The body (Map, POJO or JSON String) is sent as JSON; the result
 * is the response JSON as a Jackson tree (null when empty), with the status in {@code CamelHttpResponseCode}.
 */
public final class RequestOperation implements Operation {

    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> BODYLESS = Set.of("GET", "DELETE");

    private final MarTechConfiguration configuration;
    private final MarTechHeaders headers;

    public RequestOperation(MarTechConfiguration configuration, MarTechHeaders headers) {
        this.configuration = configuration;
        this.headers = headers;
    }

    @Override
    public void invoke(Exchange exchange, MarTechHttpClient client) {
        Message in = exchange.getMessage();
        String method = in.getHeader(headers.httpMethod(), configuration.getHttpMethod(), String.class);
        method = method == null ? "GET" : method.toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw new MarTechInvalidInputException("httpMethod", "must be one of " + METHODS);
        }
        String path = in.getHeader(headers.path(), configuration.getPath(), String.class);
        if (path == null || path.isBlank()) {
            throw new MarTechInvalidInputException("path", "is required for the request resource (option path or"
                                                           + " header " + headers.path() + ")");
        }
        if (!path.startsWith("/")) {
            throw new MarTechInvalidInputException("path", "must start with / (it is relative to baseUrl)");
        }
        if (path.chars().anyMatch(ch -> ch < 0x21 || ch == 0x7f)) {
            throw new MarTechInvalidInputException("path", "must not contain spaces or control characters;"
                                                           + " percent-encode them");
        }
        ApiRequest.Builder request = ApiRequest.link(method, path);
        Map<?, ?> query = in.getHeader(headers.query(), Map.class);
        if (query != null) {
            query.forEach((k, v) -> {
                if (v instanceof Iterable<?> values) {
                    values.forEach(value -> request.query(k.toString(), value));
                } else {
                    request.query(k.toString(), v);
                }
            });
        }
        Object body = in.getBody();
        if (body != null && !BODYLESS.contains(method)) {
            request.jsonBody(body);
        }
        ApiResponse response = client.execute(request.build());
        in.setHeader(Exchange.HTTP_RESPONSE_CODE, response.status());
        in.setBody(response.json());
    }
}
