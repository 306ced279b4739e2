package io.github.camelmartech.affelios;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.github.camelmartech.affelios.model.AffeliosAccepted;
import io.github.camelmartech.affelios.model.AffeliosCustomer;
import io.github.camelmartech.affelios.model.AffeliosTransaction;
import io.github.camelmartech.support.component.Operations;
import io.github.camelmartech.support.component.RequestOperation;
import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.ApiResponse;
import io.github.camelmartech.support.http.MarTechHttpClient;
import io.github.camelmartech.support.json.MarTechJson;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/** The operations of each Affelios resource. Bodies: the typed model, a Map, or a JSON String. */
final class AffeliosOperations {

    static final String CUSTOMER = "/api/v1/customer";
    static final String CUSTOMER_BY_ID = "/api/v1/customer/{id}";
    static final String TRANSACTION = "/api/v1/transaction";

    private final AffeliosConfiguration configuration;

    AffeliosOperations(AffeliosConfiguration configuration) {
        this.configuration = configuration;
    }

    Operations forResource(AffeliosEndpoint endpoint) {
        String resource = configuration.getResource();
        return switch (resource) {
            case "customers" -> Operations.forResource(resource)
                    .addDefault("create", this::createCustomer)
                    .add("get", this::getCustomer)
                    .add("update", this::updateCustomer)
                    .build();
            case "transactions" -> Operations.forResource(resource)
                    .addDefault("create", this::createTransactions)
                    .build();
            case "request" -> Operations.forResource(resource)
                    .addDefault("call", new RequestOperation(configuration, endpoint.headers())).build();
            default -> throw new MarTechInvalidInputException("resource",
                    "must be one of customers, transactions, request (not '" + resource + "')");
        };
    }

    private void createCustomer(Exchange exchange, MarTechHttpClient client) {
        AffeliosCustomer customer = body(exchange.getMessage(), AffeliosCustomer.class, "body");
        AffeliosValidation.newCustomer(customer);
        ApiRequest request = ApiRequest.post(CUSTOMER).jsonBody(withClickIdAlias(customer)).build();
        setCustomer(exchange.getMessage(), client.execute(request));
    }

    private void getCustomer(Exchange exchange, MarTechHttpClient client) {
        ApiRequest request = ApiRequest.get(CUSTOMER_BY_ID, customerId(exchange.getMessage())).build();
        exchange.getMessage().setBody(client.execute(request).as(AffeliosCustomer.class));
    }

    private void updateCustomer(Exchange exchange, MarTechHttpClient client) {
        String id = customerId(exchange.getMessage());
        AffeliosCustomer customer = body(exchange.getMessage(), AffeliosCustomer.class, "body");
        ApiRequest request = ApiRequest.put(CUSTOMER_BY_ID, id).jsonBody(withClickIdAlias(customer)).build();
        setCustomer(exchange.getMessage(), client.execute(request));
    }

    /** One transaction, or a list sent as batch calls of {@code batchSize}. Never retried once it may have left. */
    private void createTransactions(Exchange exchange, MarTechHttpClient client) {
        Message in = exchange.getMessage();
        Object body = in.getBody();
        if (!(body instanceof List<?> list)) {
            AffeliosTransaction transaction = body(in, AffeliosTransaction.class, "body");
            ApiResponse response = client.execute(ApiRequest.post(TRANSACTION).jsonBody(transaction).build());
            in.setHeader(AffeliosConstants.ACCEPTED_COUNT, 1);
            in.setBody(new AffeliosAccepted(response.status(), 1, 1));
            return;
        }
        List<AffeliosTransaction> transactions = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            AffeliosTransaction t = convert(list.get(i), AffeliosTransaction.class, "body[" + i + "]");
            transactions.add(t);
        }
        if (configuration.getBatchSize() <= 0) {
            throw new MarTechInvalidInputException("batchSize", "must be at least 1");
        }
        int accepted = 0;
        int calls = 0;
        int status = 0;
        for (int from = 0; from < transactions.size(); from += configuration.getBatchSize()) {
            List<AffeliosTransaction> batch
                    = transactions.subList(from, Math.min(from + configuration.getBatchSize(), transactions.size()));
            try {
                status = client.execute(ApiRequest.post(configuration.getBatchPath()).jsonBody(batch).build()).status();
            } catch (RuntimeException e) {
                in.setHeader(AffeliosConstants.ACCEPTED_COUNT, accepted);
                throw accepted == 0 ? e : new AffeliosPartialBatchException(accepted, transactions.size(), e);
            }
            accepted += batch.size();
            calls++;
        }
        in.setHeader(AffeliosConstants.ACCEPTED_COUNT, accepted);
        in.setBody(new AffeliosAccepted(status, accepted, calls));
    }

    private String customerId(Message in) {
        String id = in.getHeader(AffeliosConstants.CUSTOMER_ID, configuration.getCustomerId(), String.class);
        if (id == null || id.isBlank()) {
            throw new MarTechInvalidInputException("customerId", "is required (the Affelios id returned on create;"
                                                                 + " option customerId or header "
                                                                 + AffeliosConstants.CUSTOMER_ID + ")");
        }
        return id;
    }

    private AffeliosCustomer withClickIdAlias(AffeliosCustomer customer) {
        if (configuration.isSendClickIdAlias() && customer.getClickKey() != null
            && !customer.getOther().containsKey("clickId")) {
            customer.setOther("clickId", customer.getClickKey());
        }
        return customer;
    }

    /**
     * The customer Affelios returned for a create or update, with the status in {@code CamelHttpResponseCode}. A 2xx
     * with no body (the vendor documents 200, 201 and 204) succeeded: the body is then null, not the customer that was
     * sent, which would pretend to be what Affelios stored.
     */
    private static void setCustomer(Message out, ApiResponse response) {
        out.setHeader(Exchange.HTTP_RESPONSE_CODE, response.status());
        out.setBody(response.json() == null ? null : response.as(AffeliosCustomer.class));
    }

    private static <T> T body(Message in, Class<T> type, String field) {
        Object body = in.getBody();
        if (body == null) {
            throw new MarTechInvalidInputException(field, "is required: a " + type.getSimpleName()
                                                          + ", a Map or a JSON object");
        }
        return convert(body, type, field);
    }

    /** Names the field a value did not fit ({@code registrationDate}, {@code body[1].transactionDate}) where known. */
    private static MarTechInvalidInputException invalid(String field, Class<?> type, Exception e) {
        Throwable cause = e instanceof IllegalArgumentException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof InvalidFormatException format && !format.getPath().isEmpty()) {
            String path = format.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
                    : "[" + r.getIndex() + "]").collect(Collectors.joining("."));
            String name = "body".equals(field) ? path : field + "." + path;
            String rule = Instant.class.equals(format.getTargetType())
                    ? "must be an ISO-8601 timestamp such as 2024-01-15T10:30:00Z" : "must be a " + format.getTargetType()
                            .getSimpleName();
            return new MarTechInvalidInputException(name, rule + ", not '" + format.getValue() + "'");
        }
        return new MarTechInvalidInputException(field, "is not a valid " + type.getSimpleName() + " ("
                                                       + e.getMessage().lines().findFirst().orElse("") + ")");
    }

    private static <T> T convert(Object value, Class<T> type, String field) {
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        try {
            if (value instanceof String json) {
                return MarTechJson.mapper().readValue(json, type);
            }
            if (value instanceof Map<?, ?>) {
                return MarTechJson.mapper().convertValue(value, type);
            }
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw invalid(field, type, e);
        }
        throw new MarTechInvalidInputException(field, "must be a " + type.getSimpleName() + ", a Map or a JSON"
                                                      + " object, not " + value.getClass().getSimpleName());
    }
}
