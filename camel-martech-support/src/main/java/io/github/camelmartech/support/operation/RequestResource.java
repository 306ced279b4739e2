package io.github.camelmartech.support.operation;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.camelmartech.support.component.MarTechConfiguration;
import io.github.camelmartech.support.component.MarTechEndpoint;
import io.github.camelmartech.support.component.MarTechHeaders;
import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.ApiResponse;
import io.github.camelmartech.support.paging.ItemType;
import io.github.camelmartech.support.paging.PageWalker;
import io.github.camelmartech.support.paging.Paginator;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The {@code request} resource every vendor has: an authenticated, retried call to any method and path of the API,
 * for endpoints the component does not model yet ({@code call}), and, where the vendor pages in one way, a walk of
 * any collection path ({@code list}). The body (Map, POJO or JSON String) is sent as JSON; the result is the
 * response JSON as a Jackson tree (null when empty), with the status in {@code CamelHttpResponseCode}.
 */
public final class RequestResource {

    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> BODYLESS = Set.of("GET", "DELETE");

    private RequestResource() {
    }

    /** {@code call} only. */
    public static Resource.Builder of() {
        return Resource.named("request").description("Any call to the API, signed and retried like the others.")
                .defaultOperation(ApiOperation.custom("call", RequestResource::call)
                        .description("Calls the method and path of the httpMethod and path options or headers."));
    }

    /** {@code call}, and {@code list}: every page of a collection path, walked with the vendor's paging rule. */
    public static Resource.Builder of(Paginator paginator, String pagesHeader) {
        return of(paginator, pagesHeader, "list");
    }

    /** {@code call}, and the walk of a collection path under the name the vendor's component has always used. */
    public static Resource.Builder of(Paginator paginator, String pagesHeader, String listName) {
        return of().operation(ApiOperation.custom(listName, call -> list(call, paginator, pagesHeader))
                .description("Walks every page (up to maxPages) of the collection at path; the body is their items."));
    }

    private static void call(OperationCall call) {
        Message in = call.in();
        MarTechHeaders headers = call.endpoint().headers();
        String method = method(call, headers);
        ApiRequest.Builder request = ApiRequest.link(method, path(call, headers));
        query(in, headers, request);
        Object body = in.getBody();
        if (body != null && !BODYLESS.contains(method)) {
            request.jsonBody(body);
        }
        ApiResponse response = call.endpoint().getClient().execute(request.build());
        in.setHeader(Exchange.HTTP_RESPONSE_CODE, response.status());
        in.setBody(response.json());
    }

    private static void list(OperationCall call, Paginator paginator, String pagesHeader) {
        Message in = call.in();
        MarTechHeaders headers = call.endpoint().headers();
        ApiRequest.Builder request = ApiRequest.link("GET", path(call, headers));
        query(in, headers, request);
        MarTechEndpoint<?> endpoint = call.endpoint();
        MarTechConfiguration c = endpoint.getConfiguration();
        PageWalker<?> walker = new PageWalker<>(endpoint.getClient(), paginator, request.build(), c.getPageSize(),
                c.getMaxPages(), ItemType.JSON);
        in.setBody(walker.all());
        if (pagesHeader != null) {
            in.setHeader(pagesHeader, walker.pagesFetched());
        }
    }

    private static String method(OperationCall call, MarTechHeaders headers) {
        String method = call.in().getHeader(headers.httpMethod(), call.endpoint().getConfiguration().getHttpMethod(),
                String.class);
        method = method == null ? "GET" : method.toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw new MarTechInvalidInputException("httpMethod", "must be one of " + METHODS);
        }
        return method;
    }

    private static String path(OperationCall call, MarTechHeaders headers) {
        String path = call.in().getHeader(headers.path(), call.endpoint().getConfiguration().getPath(), String.class);
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
        return path;
    }

    private static void query(Message in, MarTechHeaders headers, ApiRequest.Builder request) {
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
    }
}
