package io.github.camelmartech.apifon;

import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.camelmartech.apifon.model.ListSubscriber;
import io.github.camelmartech.apifon.model.PageResult;
import io.github.camelmartech.apifon.model.QueryCondition;
import io.github.camelmartech.apifon.model.SubscriberQuery;
import io.github.camelmartech.apifon.model.SubscriberRequest;
import io.github.camelmartech.support.component.Operations;
import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.ApiResponse;
import io.github.camelmartech.support.http.MarTechHttpClient;
import io.github.camelmartech.support.json.MarTechJson;
import org.apache.camel.Exchange;

/**
 * The {@code subscribers} resource, the subscribers of one list ({@code listId}): {@code list} (default, one page),
 * {@code get}, {@code add}, {@code update}, {@code query}, {@code subscribe}, {@code unsubscribe}, {@code delete}.
 * A subscriber is addressed by the header {@code CamelApifonSubscriberId}: its lookup MD5, or a destination or
 * email the MD5 is computed from (for update, the body's destination or email when the header is absent).
 */
final class SubscriberOperations {

    static final String SUBSCRIBERS = ApifonBodies.API + "/list/{list_id}/subscriber";
    static final TypeReference<PageResult<ListSubscriber>> PAGE = new TypeReference<>() {
    };
    private static final Set<String> STATUSES = Set.of("SUBSCRIBED", "UNSUBSCRIBED");
    private static final Set<String> OPS = Set.of("eq", "beginsWith", "gte", "gt", "lte", "lt", "exists", "nexists");
    private static final Set<String> SORT_DIRS = Set.of("ASC", "DESC");

    private final ListOperations lists;
    private final ApifonConfiguration configuration;

    SubscriberOperations(ApifonConfiguration configuration) {
        this.configuration = configuration;
        this.lists = new ListOperations(configuration);
    }

    Operations operations() {
        return Operations.forResource("subscribers")
                .addDefault("list", this::list)
                .add("get", this::get)
                .add("add", this::add)
                .add("update", this::update)
                .add("query", this::query)
                .add("subscribe", (exchange, client) -> status(exchange, client, "subscribe"))
                .add("unsubscribe", (exchange, client) -> status(exchange, client, "unsubscribe"))
                .add("delete", (exchange, client) -> ApifonBodies.written(exchange, client.execute(
                        ApiRequest.delete(SUBSCRIBERS + "/{lookup_md5}", lists.listId(exchange), lookup(exchange, null))
                                .build())))
                .build();
    }

    private static String lookup(Exchange exchange, SubscriberRequest body) {
        String given = exchange.getMessage().getHeader(ApifonConstants.SUBSCRIBER_ID, String.class);
        if (given == null && body != null) {
            given = body.getDestination() != null ? body.getDestination() : body.getEmail();
        }
        if (given == null) {
            throw ApifonValidation.invalid("subscriber", "header " + ApifonConstants.SUBSCRIBER_ID
                                                         + " is required (lookup MD5, destination or email)");
        }
        return SubscriberIds.lookup(given);
    }

    void list(Exchange exchange, MarTechHttpClient client) {
        ApiRequest.Builder request = ApiRequest.get(SUBSCRIBERS, lists.listId(exchange));
        ApifonBodies.query(exchange, request, configuration.getPageSize());
        ApiResponse response = client.execute(request.build());
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, response.status());
        exchange.getMessage().setBody(response.as(MarTechJson.mapper().getTypeFactory().constructType(PAGE)));
    }

    void get(Exchange exchange, MarTechHttpClient client) {
        ApiRequest.Builder request = ApiRequest.get(SUBSCRIBERS + "/{lookup_md5}", lists.listId(exchange),
                lookup(exchange, null));
        ApifonBodies.query(exchange, request, 0);
        ApifonBodies.result(exchange, client.execute(request.build()), ListSubscriber.class);
    }

    void add(Exchange exchange, MarTechHttpClient client) {
        String listId = lists.listId(exchange);
        SubscriberRequest subscriber = ApifonBodies.required(exchange, SubscriberRequest.class);
        validate(subscriber);
        ApifonBodies.written(exchange, client.execute(ApiRequest.post(SUBSCRIBERS, listId).jsonBody(subscriber).build()));
    }

    void update(Exchange exchange, MarTechHttpClient client) {
        String listId = lists.listId(exchange);
        SubscriberRequest subscriber = ApifonBodies.required(exchange, SubscriberRequest.class);
        validate(subscriber);
        ApifonBodies.written(exchange, client.execute(ApiRequest.put(SUBSCRIBERS + "/{lookup_md5}", listId,
                lookup(exchange, subscriber)).jsonBody(subscriber).build()));
    }

    private static void validate(SubscriberRequest s) {
        if ((s.getDestination() == null || s.getDestination().isBlank()) && (s.getEmail() == null || s.getEmail().isBlank())) {
            throw ApifonValidation.invalid("destination", "a destination (or, on ADVANCED lists, an email) is required");
        }
        if (s.getDestination() != null && !s.getDestination().matches("\\+?[1-9][0-9]{6,14}|[0-9]{4,15}")) {
            throw ApifonValidation.invalid("destination", "must be a mobile number: digits, optionally with a leading +");
        }
        if (s.getEmail() != null && !s.getEmail().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw ApifonValidation.invalid("email", "must be an email address");
        }
        ApifonValidation.oneOf("status", s.getStatus(), STATUSES, false);
        ApifonValidation.oneOf("email_status", s.getEmailStatus(), STATUSES, false);
    }

    /** One page of a query; the body's page and size select it (size at most 200). */
    void query(Exchange exchange, MarTechHttpClient client) {
        String listId = lists.listId(exchange);
        SubscriberQuery query = ApifonBodies.as(exchange, SubscriberQuery.class);
        if (query == null) {
            query = new SubscriberQuery();
        }
        if (query.getConditions() != null) {
            for (int i = 0; i < query.getConditions().size(); i++) {
                QueryCondition c = query.getConditions().get(i);
                ApifonValidation.required("conditions[" + i + "].name", c.getName());
                ApifonValidation.oneOf("conditions[" + i + "].op", c.getOp(), OPS, true);
            }
        }
        if (query.getSorting() != null) {
            ApifonValidation.oneOf("sorting.sort_dir", query.getSorting().getSortDir(), SORT_DIRS, false);
        }
        if (query.getSize() == null && configuration.getPageSize() > 0) {
            query.setSize(configuration.getPageSize());
        }
        ApifonValidation.pageSize(query.getSize());
        if (query.getPage() != null && query.getPage() < 1) {
            throw ApifonValidation.invalid("page", "must be 1 or more");
        }
        // a read Apifon exposes as POST: safe to retry
        ApiResponse response = client.execute(ApiRequest.post(SUBSCRIBERS + "/query", listId).jsonBody(query)
                .idempotent(true).build());
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, response.status());
        exchange.getMessage().setBody(response.as(MarTechJson.mapper().getTypeFactory().constructType(PAGE)));
    }

    private void status(Exchange exchange, MarTechHttpClient client, String action) {
        ApifonBodies.written(exchange, client.execute(ApiRequest.post(SUBSCRIBERS + "/{lookup_md5}/" + action,
                lists.listId(exchange), lookup(exchange, null)).header("Content-Type", "application/json").build()));
    }
}
