package io.github.camelmartech.apifon;

import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.camelmartech.apifon.model.ApifonList;
import io.github.camelmartech.apifon.model.GdprField;
import io.github.camelmartech.apifon.model.ListRequest;
import io.github.camelmartech.apifon.model.PageResult;
import io.github.camelmartech.apifon.model.SubscriberField;
import io.github.camelmartech.support.component.Operations;
import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.ApiResponse;
import io.github.camelmartech.support.http.MarTechHttpClient;
import io.github.camelmartech.support.json.MarTechJson;
import org.apache.camel.Exchange;

/**
 * The {@code lists} resource: {@code list} (default, one page), {@code get}, {@code create}, {@code update},
 * {@code delete}, subscriber fields ({@code addField}, {@code updateField}, {@code removeField}) and GDPR fields
 * ({@code addGdprField}, {@code updateGdprField}).
 */
final class ListOperations {

    static final String LISTS = ApifonBodies.API + "/list";
    static final TypeReference<PageResult<ApifonList>> PAGE = new TypeReference<>() {
    };
    private static final Set<String> TYPES = Set.of("MOBILE", "ADVANCED");
    private static final Set<String> FIELD_TYPES = Set.of("DATE", "TEXT", "NUMBER", "URL", "EMAIL");
    private static final Set<String> DATE_FORMATS
            = Set.of("dd-MM-yy", "yy-MM-dd", "MM-dd-yy", "dd/MM/yy", "yy/MM/dd", "MM/dd/yy");

    private final ApifonConfiguration configuration;

    ListOperations(ApifonConfiguration configuration) {
        this.configuration = configuration;
    }

    Operations operations() {
        return Operations.forResource("lists")
                .addDefault("list", this::list)
                .add("get", this::get)
                .add("create", this::create)
                .add("update", this::update)
                .add("delete", (exchange, client) -> ApifonBodies.written(exchange,
                        client.execute(ApiRequest.delete(LISTS + "/{list_id}", listId(exchange)).build())))
                .add("addField", this::addField)
                .add("updateField", this::updateField)
                .add("removeField", (exchange, client) -> ApifonBodies.written(exchange, client.execute(
                        ApiRequest.delete(LISTS + "/{list_id}/field/{field}", listId(exchange), field(exchange)).build())))
                .add("addGdprField", this::addGdprField)
                .add("updateGdprField", this::updateGdprField)
                .build();
    }

    String listId(Exchange exchange) {
        return ApifonValidation.required("listId", ApifonBodies.header(exchange, ApifonConstants.LIST_ID,
                configuration.getListId()));
    }

    private static String field(Exchange exchange) {
        return ApifonValidation.required("field", exchange.getMessage().getHeader(ApifonConstants.FIELD, String.class));
    }

    void list(Exchange exchange, MarTechHttpClient client) {
        ApiRequest.Builder request = ApiRequest.get(LISTS);
        ApifonBodies.query(exchange, request, configuration.getPageSize());
        ApiResponse response = client.execute(request.build());
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, response.status());
        exchange.getMessage().setBody(response.as(MarTechJson.mapper().getTypeFactory().constructType(PAGE)));
    }

    void get(Exchange exchange, MarTechHttpClient client) {
        ApiRequest.Builder request = ApiRequest.get(LISTS + "/{list_id}", listId(exchange));
        ApifonBodies.query(exchange, request, 0);
        ApifonBodies.result(exchange, client.execute(request.build()), ApifonList.class);
    }

    void create(Exchange exchange, MarTechHttpClient client) {
        ListRequest list = ApifonBodies.required(exchange, ListRequest.class);
        ApifonValidation.oneOf("type", list.getType(), TYPES, true);
        validate(list);
        if (list.getGdprProperties() != null && !"ADVANCED".equals(list.getType())) {
            throw ApifonValidation.invalid("gdpr_properties", "apply only to ADVANCED lists");
        }
        ApifonBodies.written(exchange, client.execute(ApiRequest.post(LISTS).jsonBody(list).build()));
    }

    void update(Exchange exchange, MarTechHttpClient client) {
        String id = listId(exchange);
        ListRequest list = ApifonBodies.required(exchange, ListRequest.class);
        ApifonValidation.oneOf("type", list.getType(), TYPES, false);
        validate(list);
        ApifonBodies.written(exchange, client.execute(ApiRequest.put(LISTS + "/{list_id}", id).jsonBody(list).build()));
    }

    private static void validate(ListRequest list) {
        ApifonValidation.required("title", list.getTitle());
        ApifonValidation.required("prefix", list.getPrefix());
        if (list.getCampaignDefaults() != null && list.getCampaignDefaults().getSenderId() != null) {
            ApifonValidation.senderId("campaign_defaults.sender_id", list.getCampaignDefaults().getSenderId());
        }
    }

    void addField(Exchange exchange, MarTechHttpClient client) {
        String id = listId(exchange);
        SubscriberField field = ApifonBodies.required(exchange, SubscriberField.class);
        ApifonValidation.oneOf("type", field.getType(), FIELD_TYPES, true);
        validate(field);
        ApifonBodies.written(exchange, client.execute(ApiRequest.post(LISTS + "/{list_id}/fields", id)
                .jsonBody(field).build()));
    }

    void updateField(Exchange exchange, MarTechHttpClient client) {
        String id = listId(exchange);
        String key = field(exchange);
        SubscriberField field = ApifonBodies.required(exchange, SubscriberField.class);
        ApifonValidation.oneOf("type", field.getType(), FIELD_TYPES, false);
        validate(field);
        ApifonBodies.written(exchange, client.execute(ApiRequest.put(LISTS + "/{list_id}/field/{field}", id, key)
                .jsonBody(field).build()));
    }

    private static void validate(SubscriberField field) {
        ApifonValidation.required("name", field.getName());
        if (field.getLength() == null || field.getLength() < 1) {
            throw ApifonValidation.invalid("length", "is required and must be positive");
        }
        if (field.getDateFormat() != null) {
            if (field.getType() != null && !"DATE".equals(field.getType())) {
                throw ApifonValidation.invalid("date_format", "applies only to DATE fields");
            }
            ApifonValidation.oneOf("date_format", field.getDateFormat(), DATE_FORMATS, true);
        }
    }

    void addGdprField(Exchange exchange, MarTechHttpClient client) {
        String id = listId(exchange);
        GdprField field = ApifonBodies.required(exchange, GdprField.class);
        ApifonValidation.required("name", field.getName());
        ApifonBodies.written(exchange, client.execute(ApiRequest.post(LISTS + "/{list_id}/gdpr", id)
                .jsonBody(field).build()));
    }

    void updateGdprField(Exchange exchange, MarTechHttpClient client) {
        String id = listId(exchange);
        String key = field(exchange);
        GdprField field = ApifonBodies.required(exchange, GdprField.class);
        ApifonValidation.required("name", field.getName());
        ApifonBodies.written(exchange, client.execute(ApiRequest.put(LISTS + "/{list_id}/gdpr/{field}", id, key)
                .jsonBody(field).build()));
    }
}
