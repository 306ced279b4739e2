package io.github.camelmartech.getresponse;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.getresponse.GetResponseApiOperations.DocumentOperation;
import io.github.camelmartech.support.json.MarTechJson;
import io.github.camelmartech.support.operation.ApiOperation;
import io.github.camelmartech.support.operation.Body;
import io.github.camelmartech.support.operation.Poll;
import io.github.camelmartech.support.operation.QueryReader;
import io.github.camelmartech.support.operation.Rule;
import io.github.camelmartech.support.operation.Value;
import io.github.camelmartech.support.paging.ItemType;
import io.github.camelmartech.support.paging.PageNumberPaginator;
import io.github.camelmartech.support.paging.Paginator;

import static io.github.camelmartech.getresponse.GetResponseConstants.CURRENT_PAGE;
import static io.github.camelmartech.getresponse.GetResponseConstants.ID;
import static io.github.camelmartech.getresponse.GetResponseConstants.PER_PAGE;
import static io.github.camelmartech.getresponse.GetResponseConstants.RATE_LIMIT_REMAINING;
import static io.github.camelmartech.getresponse.GetResponseConstants.TOTAL_COUNT;
import static io.github.camelmartech.getresponse.GetResponseConstants.TOTAL_PAGES;

/**
 * How an operation of GetResponse's OpenAPI document ({@link GetResponseApiOperations}, generated from it) becomes an
 * operation of the component, named by its operationId:
 * <ul>
 * <li>each path parameter from the header {@code CamelGetResponse<Param>}, the body field of that name, and, the
 * last one, the header {@code CamelGetResponseId} or option {@code id}, and the option of that name where there is
 * one ({@code campaignId}, {@code shopId});</li>
 * <li>the query header, limited to the parameters the document lists; those it requires must be there;</li>
 * <li>a JSON body (a Map, a Jackson tree or JSON text) with the top-level fields it requires; a multipart form for an
 * upload;</li>
 * <li>the answer as a Jackson tree, nothing where the document gives it no body; a paged collection read walks every page (up to
 * maxPages; a {@code page} in the query is that page only), with GetResponse's totals as headers;</li>
 * <li>a POST is never repeated once it may have reached GetResponse, unless it is a read ({@code get...}).</li>
 * </ul>
 * The friendly operations of the core resources ({@link GetResponseOperations}) are built on the same calls.
 */
final class GetResponseDocument {

    /**
     * GetResponse's paging: the body is a bare array; {@code page} (from 1) and {@code perPage} (up to 1000) in the
     * query; the {@code TotalPages} header ends the walk (a short page ends it when the header is missing). A
     * collection request that already names its {@code page} is that one page; one that names its {@code perPage}
     * walks pages of that size.
     */
    static final Paginator PAGINATOR = PageNumberPaginator.inQuery("page", "perPage").totalPagesHeader("TotalPages")
            .defaultPageSize(100).asRequested().build();

    /** Path parameters that are also options, so a consumer (which has no message) can name them. */
    private static final Set<String> OPTIONS = Set.of("campaignId", "shopId");
    private static final DateTimeFormatter QUERY_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx");
    private static final String BOUNDARY = "camel-martech-getresponse-form-boundary";

    private GetResponseDocument() {
    }

    /** The document's operation under its operationId: JSON in, JSON out, checked as the document says. */
    static ApiOperation.Builder<?> operation(DocumentOperation d) {
        ApiOperation.Builder<Void> call = call(d.operationId(), d, "application/json".equals(d.contentType()));
        call.description(d.description()).requiredQuery(d.requiredQuery());
        if (!d.jsonAnswer()) {
            call.emptyResult(response -> null); // the document gives this answer no body (a 202, a 204, some 200s)
        }
        if (d.read()) {
            call.idempotent(); // a GET, or a search exposed as POST
        }
        if (d.paged() && d.read()) {
            pages(call, ItemType.JSON);
        }
        if (d.contentType() == null) {
            return call;
        }
        if (d.contentType().startsWith("multipart/")) {
            return call.body(Body.multipart(BOUNDARY));
        }
        Body<JsonNode> body = Body.of(JsonNode.class);
        // the document's required top-level fields: present, not null, not blank text
        return call.body(d.requiredBody().isEmpty() ? body.optional() : body).check((checker, json) -> d.requiredBody()
                .forEach(field -> checker.field(field, MarTechJson.value(json, field), Rule.required())));
    }

    /**
     * The call of a document operation under {@code name}, for the friendly operations: method, path (parameters
     * from headers and options), the query parameters the document lists, the rate-limit header.
     */
    static ApiOperation.Builder<Void> call(String name, DocumentOperation d) {
        return call(name, d, false);
    }

    private static ApiOperation.Builder<Void> call(String name, DocumentOperation d, boolean pathFromBody) {
        ApiOperation.Builder<Void> call = ApiOperation.of(name, d.method(), d.path()).queryHeader(d.query())
                .responseHeader(RATE_LIMIT_REMAINING, "X-RateLimit-Remaining");
        d.pathParameters().forEach(p -> call.path(p, pathValue(d, p, pathFromBody)));
        return call;
    }

    /** Walks every page of the collection into one list of {@code items}, with GetResponse's totals as headers. */
    static <B> ApiOperation.Builder<B> pages(ApiOperation.Builder<B> call, ItemType<?> items) {
        return pagingHeaders(call.pages(PAGINATOR, items, null));
    }

    /** TotalCount, TotalPages, CurrentPage and PerPage as numbers (of the last page read, for a walk). */
    static <B> ApiOperation.Builder<B> pagingHeaders(ApiOperation.Builder<B> call) {
        return call.responseHeader(TOTAL_COUNT, "TotalCount", PageNumberPaginator::number)
                .responseHeader(TOTAL_PAGES, "TotalPages", PageNumberPaginator::number)
                .responseHeader(CURRENT_PAGE, "CurrentPage", PageNumberPaginator::number)
                .responseHeader(PER_PAGE, "PerPage", PageNumberPaginator::number);
    }

    private static Value pathValue(DocumentOperation d, String parameter, boolean fromBody) {
        boolean last = parameter.equals(d.pathParameters().get(d.pathParameters().size() - 1));
        Value value = Value.header(GetResponsePathHeaders.of(parameter));
        if (last) {
            value = value.orHeader(ID);
        }
        if (fromBody) {
            value = value.<JsonNode>orBody(parameter, body -> MarTechJson.text(body, parameter));
        }
        if (last) {
            value = value.orOption("id");
        }
        return OPTIONS.contains(parameter) ? value.orOption(parameter) : value;
    }

    /** How a consumer walks a paged collection: its items' key, and, with a date field, oldest first from the cursor. */
    static Poll<JsonNode> poll(DocumentOperation d) {
        Function<JsonNode, String> key = d.itemKey() == null ? JsonNode::toString
                : item -> item.hasNonNull(d.itemKey()) ? item.get(d.itemKey()).asText() : item.toString();
        Poll<JsonNode> poll = Poll.of(d.operationId(), PAGINATOR, ItemType.JSON).key(key)
                .headers((message, item) -> message.setHeader(ID, key.apply(item)));
        String field = d.dateField();
        if (field != null) {
            // an unreadable date does not move the cursor
            poll.watermark(item -> MarTechJson.instant(item, field))
                    .onlyNew(since(field, d.query().contains("query[" + field + "][from]")));
        }
        return poll;
    }

    /** Only-new: ascending by {@code field}, from the cursor on where GetResponse filters by it. */
    static Poll.Since since(String field, boolean filtered) {
        return (request, since) -> {
            request.setQuery("sort[" + field + "]", "ASC");
            if (filtered && since != null) {
                request.setQuery("query[" + field + "][from]", QUERY_DATE.format(since.atOffset(ZoneOffset.UTC)));
            }
        };
    }

    /**
     * The query header as GetResponse queries are written ({@link GetResponseQuery}), with {@code perPage} from the
     * {@code pageSize} option when the operation takes it and the header gives none.
     */
    static final QueryReader QUERY_READER = (header, call, operation) -> {
        Map<String, Object> query = GetResponseQuery.from(header).asMap();
        int pageSize = call.endpoint().getConfiguration().getPageSize();
        Set<String> allowed = operation.allowedQuery();
        if (pageSize > 0 && !query.containsKey("perPage") && allowed != null && allowed.contains("perPage")) {
            query.put("perPage", GetResponseQuery.checkPerPage("pageSize", pageSize));
        }
        return query;
    };
}
