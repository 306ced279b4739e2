package io.github.camelmartech.apsis;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.apsis.model.QueuedOperation;
import io.github.camelmartech.support.component.Operations;
import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.ApiResponse;
import io.github.camelmartech.support.http.MarTechHttpClient;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Runs {@link ApsisMethod}s: builds the request from the exchange (checked before any call), unwraps the
 * envelope's {@code Result} once (errors were already decoded by {@link ApsisErrorDecoder}), and makes queued
 * methods transparent: any Result carrying a {@code PollURL} is followed to its data, whatever the method was
 * documented as, since clients disagree on which methods are queued.
 */
final class ApsisCalls {

    static final int DEFAULT_PAGE_SIZE = 100;
    static final int MAX_PAGE_SIZE = 1000;
    private static final Set<String> DATES = Set.of("dateFrom", "dateTo", "sendDate");
    private static final Set<String> NUMERIC_IDS
            = Set.of("mailingListId", "subscriberId", "sendQueueId", "newsletterId", "filterId", "projectId");

    private final ApsisConfiguration configuration;
    private final QueuedMethods queued;
    private final ZoneId zone;

    ApsisCalls(ApsisConfiguration configuration) {
        this.configuration = configuration;
        this.queued = new QueuedMethods(configuration);
        this.zone = zone(configuration.getTimeZone());
    }

    static ZoneId zone(String id) {
        try {
            return ZoneId.of(id == null || id.isBlank() ? "UTC" : id);
        } catch (RuntimeException e) {
            throw new MarTechInvalidInputException("timeZone", "must be a time zone id such as UTC or Europe/Stockholm");
        }
    }

    /** The operations of a resource, each running its method. */
    Operations operations(String resource, String defaultOperation, List<ApsisMethod> methods) {
        Operations.Builder builder = Operations.forResource(resource);
        for (ApsisMethod method : methods) {
            if (method.name.equals(defaultOperation)) {
                builder.addDefault(method.name, (exchange, client) -> invoke(method, exchange, client));
            } else {
                builder.add(method.name, (exchange, client) -> invoke(method, exchange, client));
            }
        }
        return builder.build();
    }

    void invoke(ApsisMethod method, Exchange exchange, MarTechHttpClient client) {
        ApiResponse response = client.execute(request(method, exchange));
        Message out = exchange.getMessage();
        out.setHeader(Exchange.HTTP_RESPONSE_CODE, response.status());
        JsonNode envelope = response.requireJson(); // APSIS always answers its envelope: an empty body is malformed
        JsonNode result = envelope;
        if (envelope != null && envelope.isObject() && envelope.has("Code")) {
            out.setHeader(ApsisConstants.MESSAGE, envelope.path("Message").asText(null));
            result = envelope.get("Result");
        }
        QueuedOperation handle = QueuedMethods.handle(result);
        if (handle == null) {
            out.setBody(ApsisJson.convert(result, method.result, method.name + " result"));
            return;
        }
        out.setHeader(ApsisConstants.OPERATION_GUID, handle.getOperationGuid());
        out.setHeader(ApsisConstants.POLL_URL, handle.getPollUrl());
        out.setBody(configuration.isWaitForQueued()
                ? ApsisJson.convert(queued.await(handle, client), method.result, method.name + " data")
                : handle);
    }

    /** The request of a method for this exchange; every input is checked here, before any HTTP call. */
    ApiRequest request(ApsisMethod method, Exchange exchange) {
        Message in = exchange.getMessage();
        Object[] values = method.pathParameters().stream().map(p -> pathValue(p, in)).toArray();
        byte[] body = ApsisBodies.json(method, in.getBody());
        ApiRequest.Builder request = ApiRequest.of(method.httpMethod, method.template(), values)
                .header("Accept", "application/json");
        for (Map.Entry<String, String> q : method.query) {
            Object value = in.getHeader(header(q.getValue()));
            request.query(q.getKey(), value == null ? null
                    : DATES.contains(q.getValue()) ? ApsisDates.format(q.getValue(), value, zone) : value);
        }
        Map<?, ?> extra = in.getHeader(ApsisConstants.QUERY, Map.class);
        if (extra != null) {
            extra.forEach((k, v) -> request.query(k.toString(), v));
        }
        if (body != null) {
            request.body(body, "application/json");
        }
        if (method.read) {
            request.idempotent(true);
        }
        return request.build();
    }

    private Object pathValue(String parameter, Message in) {
        Object value = in.getHeader(header(parameter));
        switch (parameter) {
            case "pageNumber":
                return ApsisValidation.range("pageNumber", value == null ? 1 : in.getHeader(header(parameter),
                        Integer.class), 1, Integer.MAX_VALUE);
            case "pageSize":
                return ApsisValidation.range("pageSize", value != null ? in.getHeader(header(parameter), Integer.class)
                        : pageSize(configuration), 1, MAX_PAGE_SIZE);
            case "mailingListId":
                return id(parameter, value != null ? value : configuration.getMailingListId());
            case "sendQueueId":
                return id(parameter, value != null ? value : configuration.getSendQueueId());
            case "dateFrom", "dateTo":
                return ApsisDates.format(parameter, ApsisValidation.required(parameter, value), zone);
            case "useDemographicMapping":
                return ApsisValidation.required(parameter, in.getHeader(header(parameter), Boolean.class));
            default:
                return NUMERIC_IDS.contains(parameter) ? id(parameter, value) : value;
        }
    }

    static int pageSize(ApsisConfiguration configuration) {
        return configuration.getPageSize() > 0 ? configuration.getPageSize() : DEFAULT_PAGE_SIZE;
    }

    private static Object id(String parameter, Object value) {
        ApsisValidation.required(parameter, value);
        if (!value.toString().trim().matches("\\d+")) {
            throw new MarTechInvalidInputException(parameter, "must be a positive number, not " + value);
        }
        return value.toString().trim();
    }

    /** The header of a parameter: {@code CamelApsis} + its name capitalized. */
    static String header(String parameter) {
        return ApsisConstants.PREFIX + Character.toUpperCase(parameter.charAt(0)) + parameter.substring(1);
    }
}
