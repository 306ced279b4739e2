package io.github.camelmartech.support.operation;

import java.util.Collection;
import java.util.Map;

import io.github.camelmartech.support.component.MarTechEndpoint;
import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.ApiResponse;
import io.github.camelmartech.support.http.MarTechHttpClient;
import io.github.camelmartech.support.paging.PageWalker;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Runs any {@link ApiOperation}: binds the body, fills its defaults, checks it, builds the request (path parameters
 * encoded segment by segment, query, the body's bytes fixed once), sends it through the endpoint's transport chain,
 * and puts the result and its headers on the message. Every input error is raised before anything is sent.
 */
public final class OperationRunner {

    private OperationRunner() {
    }

    public static void run(ApiOperation<?> operation, Exchange exchange, MarTechEndpoint<?> endpoint) throws Exception {
        OperationCall call = new OperationCall(exchange, endpoint);
        if (operation.invoker != null) {
            operation.invoker.invoke(call);
            return;
        }
        // the endpoint's credentials first: a misconfigured endpoint fails every message alike, whatever its input
        MarTechHttpClient client = endpoint.getClient();
        ApiRequest request = request(operation, call, exchange.getMessage().getBody());
        Message out = exchange.getMessage();
        if (operation.isPaged()) {
            walk(operation, call, request, out);
            return;
        }
        ApiResponse response = client.execute(request);
        Object result = endpoint.operationTable().reader().read(response, operation, call);
        out.setHeader(Exchange.HTTP_RESPONSE_CODE, response.status());
        out.setBody(result);
        setResultHeaders(operation, response, result, out);
    }

    /** The request an operation sends for this call's message body; every input is checked here. */
    public static <B> ApiRequest request(ApiOperation<B> operation, OperationCall call, Object messageBody) {
        B body = operation.body.bind(messageBody);
        for (ApiOperation.Defaults<B> d : operation.defaults) {
            d.apply(call, body);
        }
        Checker checker = new Checker(call);
        for (ApiOperation.Check<B> c : operation.checks) {
            c.check(checker, body);
        }
        Object[] segments = new Object[operation.pathParameters.size()];
        for (int i = 0; i < segments.length; i++) {
            String name = operation.pathParameters.get(i);
            segments[i] = operation.pathValues.get(name).require(name, call, body);
        }
        ApiRequest.Builder request = ApiRequest.of(operation.method, operation.path, segments);
        operation.queryValues.forEach((name, value) -> addQuery(request, name, value.resolve(name, call, body)));
        if (operation.queryHeader) {
            queryHeader(operation, call, request);
        }
        byte[] bytes = operation.body.bytes(body);
        if (bytes != null) {
            request.body(bytes, operation.body.contentType());
        }
        operation.requestHeaders.forEach(request::header);
        if (operation.idempotent != null) {
            request.idempotent(operation.idempotent);
        }
        if (!operation.resultStatuses.isEmpty()) {
            operation.resultStatuses.forEach(request::resultStatus);
        }
        return request.build();
    }

    private static void addQuery(ApiRequest.Builder request, String name, Object value) {
        if (value instanceof Collection<?> values) {
            values.forEach(v -> request.query(name, v));
        } else {
            request.query(name, value);
        }
    }

    private static void queryHeader(ApiOperation<?> operation, OperationCall call, ApiRequest.Builder request) {
        OperationTable table = call.endpoint().operationTable();
        String header = table.headers().query();
        Map<String, ?> query = table.queryReader().read(call.in().getHeader(header), call, operation);
        for (String name : operation.requiredQuery) {
            if (query == null || !query.containsKey(name)) {
                throw new MarTechInvalidInputException(name, "is required by " + operation.name, "header " + header);
            }
        }
        if (query == null) {
            return;
        }
        query.forEach((k, v) -> {
            String name = k.toString();
            if (operation.allowedQuery != null && !allowed(operation, name)) {
                throw new MarTechInvalidInputException(name, "is not a query parameter of " + operation.name
                        + ": one of " + new java.util.TreeSet<>(operation.allowedQuery), "header " + header);
            }
            Value own = operation.queryValues.get(name);
            if (own != null) {
                // the header's entry replaces the operation's own parameter of that name, under the same rules
                request.setQuery(name, null);
                addQuery(request, name, own.accept(name, Sourced.header(header, v), call));
            } else {
                addQuery(request, name, v);
            }
        });
    }

    private static boolean allowed(ApiOperation<?> operation, String name) {
        if (operation.allowedQuery.contains(name)) {
            return true;
        }
        int bracket = name.indexOf('[');
        return bracket > 0 && operation.allowedQuery.contains(name.substring(0, bracket + 1));
    }

    private static void walk(ApiOperation<?> operation, OperationCall call, ApiRequest request, Message out) {
        MarTechEndpoint<?> endpoint = call.endpoint();
        PageWalker<?> walker = new PageWalker<>(endpoint.getClient(), operation.paginator, request,
                endpoint.getConfiguration().getPageSize(), endpoint.getConfiguration().getMaxPages(), operation.items);
        out.setBody(walker.all());
        if (operation.pagesHeader != null) {
            out.setHeader(operation.pagesHeader, walker.pagesFetched());
        }
        ApiResponse last = walker.lastResponse();
        for (ApiOperation.ResultHeader h : operation.resultHeaders) {
            Object value = last == null || h.fromResult() != null ? null : convert(h, last.header(h.fromResponseHeader()));
            if (value != null) {
                out.setHeader(h.name(), value); // the collection's totals, as the last page read states them
            }
        }
    }

    private static void setResultHeaders(ApiOperation<?> operation, ApiResponse response, Object result, Message out) {
        for (ApiOperation.ResultHeader h : operation.resultHeaders) {
            Object value = h.fromResult() != null ? h.fromResult().apply(result)
                    : convert(h, response.header(h.fromResponseHeader()));
            if (value != null) {
                out.setHeader(h.name(), value);
            }
        }
    }

    private static Object convert(ApiOperation.ResultHeader h, String text) {
        return text == null ? null : h.convert().apply(text);
    }
}
