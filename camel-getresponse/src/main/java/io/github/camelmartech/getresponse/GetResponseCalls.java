package io.github.camelmartech.getresponse;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.getresponse.model.Accepted;
import io.github.camelmartech.getresponse.model.Deleted;
import io.github.camelmartech.support.component.Operation;
import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.error.MarTechMalformedResponseException;
import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.ApiResponse;
import io.github.camelmartech.support.http.MarTechHttpClient;
import io.github.camelmartech.support.json.MarTechJson;
import io.github.camelmartech.support.paging.Page;
import io.github.camelmartech.support.paging.PageWalker;
import io.github.camelmartech.support.paging.Paginator;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The shapes every GetResponse resource's operations take, following its conventions: GET for reads (a
 * collection is a bare array, paged by headers), POST for creates and for updates of {@code /collection/{id}},
 * DELETE answered 204, and 202 for queued writes. A path's {@code {placeholder}} takes the item id (header
 * {@code CamelGetResponseId}, else option {@code id}).
 */
final class GetResponseCalls {

    /** A check of a request body, made before the call. */
    @FunctionalInterface
    interface Check<B> {
        void check(B body);
    }

    private final GetResponseConfiguration configuration;

    GetResponseCalls(GetResponseConfiguration configuration) {
        this.configuration = configuration;
    }

    /** One page of a collection; the paging headers go to the exchange. */
    <T> Operation list(String path, Class<T> type) {
        return (exchange, client) -> {
            GetResponseQuery query = query(exchange);
            ApiRequest.Builder request = ApiRequest.get(path, ids(path, exchange));
            query.applyTo(request, true);
            if (query.getPerPage() == null && configuration.getPageSize() > 0) {
                request.setQuery("perPage", GetResponseQuery.checkPerPage("pageSize", configuration.getPageSize()));
            }
            listResult(exchange, client.execute(request.build()), type);
        };
    }

    /** Every page of a collection (up to maxPages), as one list. */
    <T> Operation listAll(String path, Class<T> type) {
        return (exchange, client) -> {
            ApiRequest.Builder request = ApiRequest.get(path, ids(path, exchange));
            query(exchange).applyTo(request, false);
            exchange.getMessage().setBody(walk(client, request.build(), exchange, type));
        };
    }

    /** A POST that reads (an ad-hoc search): idempotent, one page, paging headers on the exchange. */
    <B, T> Operation postList(String path, Class<B> bodyType, Check<B> check, Class<T> type) {
        return (exchange, client) -> {
            B body = body(exchange, bodyType, check);
            ApiRequest.Builder request = ApiRequest.post(path, ids(path, exchange)).jsonBody(body).idempotent(true);
            query(exchange).applyTo(request, true);
            listResult(exchange, client.execute(request.build()), type);
        };
    }

    /** One item: {@code GET /collection/{id}}, with {@code fields} from the query header when given. */
    <T> Operation get(String path, Class<T> type) {
        return (exchange, client) -> {
            ApiRequest.Builder request = ApiRequest.get(path, ids(path, exchange));
            query(exchange).applyTo(request, false);
            result(exchange, client.execute(request.build()), type);
        };
    }

    /** {@code POST /collection}: a create, never repeated after it may have reached GetResponse. */
    <B> Operation create(String path, Class<B> type, Check<B> check) {
        return post(path, type, check, type, false);
    }

    /** {@code POST /collection/{id}}: a partial update; sending the same update twice changes nothing more. */
    <B> Operation update(String path, Class<B> type, Check<B> check) {
        return post(path, type, check, type, true);
    }

    <B, R> Operation post(String path, Class<B> bodyType, Check<B> check, Class<R> resultType, boolean idempotent) {
        return (exchange, client) -> {
            B body = body(exchange, bodyType, check);
            ApiRequest request = ApiRequest.post(path, ids(path, exchange)).jsonBody(body).idempotent(idempotent).build();
            result(exchange, client.execute(request), resultType);
        };
    }

    /** A POST without a body on an item (cancel, set as default). */
    <R> Operation action(String path, Class<R> resultType, boolean idempotent) {
        return (exchange, client) -> result(exchange, client.execute(ApiRequest.post(path, ids(path, exchange))
                .idempotent(idempotent).build()), resultType);
    }

    /** A write GetResponse queues and answers 202 with no body: the result says accepted, nothing more. */
    <B> Operation accepted(String path, Class<B> bodyType, Check<B> check, Function<B, String> what) {
        return (exchange, client) -> {
            B body = body(exchange, bodyType, check);
            ApiResponse response = client.execute(ApiRequest.post(path, ids(path, exchange)).jsonBody(body).build());
            headers(exchange, response);
            exchange.getMessage().setBody(new Accepted(response.status(), what.apply(body)));
        };
    }

    Operation delete(String path) {
        return (exchange, client) -> {
            Object[] ids = ids(path, exchange);
            ApiResponse response = client.execute(ApiRequest.delete(path, ids).build());
            headers(exchange, response);
            exchange.getMessage().setBody(new Deleted(response.status(), ids.length == 0 ? null : ids[0].toString()));
        };
    }

    /**
     * Walks the pages of a collection request into one list. The paging headers are GetResponse's, from the last
     * page read: TotalCount and TotalPages describe the collection, also when {@code maxPages} stopped the walk.
     */
    <T> List<T> walk(MarTechHttpClient client, ApiRequest collection, Exchange exchange, Class<T> type) {
        GetResponseQuery query = query(exchange);
        int perPage = query.getPerPage() != null ? query.getPerPage()
                : configuration.getPageSize() > 0 ? GetResponseQuery.checkPerPage("pageSize", configuration.getPageSize())
                : GetResponsePaging.DEFAULT_PER_PAGE;
        AtomicReference<ApiResponse> last = new AtomicReference<>();
        Paginator paging = new Paginator() {
            @Override
            public ApiRequest first(ApiRequest request, int pageSize) {
                return GetResponsePaging.PAGINATOR.first(request, pageSize);
            }

            @Override
            public <I> Page<I> read(ApiResponse response, io.github.camelmartech.support.paging.ItemType<I> items) {
                last.set(response);
                return GetResponsePaging.PAGINATOR.read(response, items);
            }
        };
        PageWalker<T> walker = new PageWalker<>(client, paging, collection, perPage, configuration.getMaxPages(),
                io.github.camelmartech.support.paging.ItemType.of(type));
        List<T> items = walker.all();
        if (last.get() != null) {
            pagingHeaders(exchange.getMessage(), last.get());
        }
        return items;
    }

    String id(Exchange exchange) {
        String id = exchange.getMessage().getHeader(GetResponseConstants.ID, String.class);
        return id != null && !id.isBlank() ? id : configuration.getId();
    }

    private Object[] ids(String path, Exchange exchange) {
        return path.contains("{") ? new Object[] { id(exchange) } : new Object[0];
    }

    static GetResponseQuery query(Exchange exchange) {
        return GetResponseQuery.from(exchange.getMessage().getHeader(GetResponseConstants.QUERY));
    }

    /** The body as the model: the model itself, a Map or a JSON String; checked before any call. */
    static <B> B body(Exchange exchange, Class<B> type, Check<B> check) {
        Object body = exchange.getMessage().getBody();
        B value;
        try {
            if (body == null || type.isInstance(body)) {
                value = type.cast(body);
            } else if (body instanceof String || body instanceof byte[]) {
                byte[] json = MarTechJson.toJsonBytes(body);
                value = json.length == 0 ? null : MarTechJson.mapper().readValue(json, type);
            } else {
                value = MarTechJson.mapper().convertValue(body, type);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new MarTechInvalidInputException("body", "must be a " + type.getSimpleName()
                                                           + ", a Map or JSON of that shape");
        }
        if (value == null) {
            throw new MarTechInvalidInputException("body", "a " + type.getSimpleName() + ", a Map or a JSON object is required");
        }
        check.check(value);
        return value;
    }

    private static final int NO_CONTENT = 204;

    private static <T> void listResult(Exchange exchange, ApiResponse response, Class<T> type) {
        headers(exchange, response);
        Message m = exchange.getMessage();
        pagingHeaders(m, response);
        JavaType listType = MarTechJson.mapper().getTypeFactory().constructCollectionType(List.class, type);
        m.setBody(response.status() == NO_CONTENT ? List.of() : response.as(listType));
    }

    /** The paging headers GetResponse sends with a page: TotalCount, TotalPages, CurrentPage, PerPage. */
    private static void pagingHeaders(Message m, ApiResponse response) {
        m.setHeader(GetResponseConstants.TOTAL_COUNT, number(response.header("TotalCount")));
        m.setHeader(GetResponseConstants.TOTAL_PAGES, number(response.header("TotalPages")));
        m.setHeader(GetResponseConstants.CURRENT_PAGE, number(response.header("CurrentPage")));
        m.setHeader(GetResponseConstants.PER_PAGE, number(response.header("PerPage")));
    }

    private static <T> void result(Exchange exchange, ApiResponse response, Class<T> type) {
        headers(exchange, response);
        // GetResponse answers these with JSON; only a 204 may be empty, any other empty answer is malformed
        exchange.getMessage().setBody(response.status() == NO_CONTENT ? null : response.as(type));
    }

    static void headers(Exchange exchange, ApiResponse response) {
        Message m = exchange.getMessage();
        m.setHeader(Exchange.HTTP_RESPONSE_CODE, response.status());
        m.setHeader(GetResponseConstants.RATE_LIMIT_REMAINING, response.header("X-RateLimit-Remaining"));
    }

    private static Long number(String header) {
        return header != null && header.trim().matches("\\d+") ? Long.parseLong(header.trim()) : null;
    }

    static <T> T convert(JsonNode node, Class<T> type) {
        if (type == JsonNode.class) {
            return type.cast(node);
        }
        try {
            return MarTechJson.mapper().treeToValue(node, type);
        } catch (JsonProcessingException e) {
            String text = node.toString();
            throw new MarTechMalformedResponseException("GetResponse " + type.getSimpleName()
                    + " item does not match its model", 200, text.length() > 200 ? text.substring(0, 200) : text, e);
        }
    }
}
