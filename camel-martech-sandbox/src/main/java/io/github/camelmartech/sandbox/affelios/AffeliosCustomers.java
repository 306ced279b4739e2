package io.github.camelmartech.sandbox.affelios;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmartech.sandbox.SimClock;
import io.github.camelmartech.sandbox.SimJson;
import io.github.camelmartech.sandbox.SimRequest;
import io.github.camelmartech.sandbox.SimResponse;
import io.github.camelmartech.sandbox.SimulatorException;

/**
 * Customers by their Affelios id, unique by {@code externalId} + {@code externalBrandId}, with the tracking they
 * registered through and the transactions attached to them, whose amounts make the lifetime figures.
 */
final class AffeliosCustomers {

    static final int OPERATOR_ID = 1;
    /** What a customer may set; ids, timestamps, tracking and figures are Affelios' own. */
    private static final List<String> WRITABLE = List.of("externalId", "externalBrandId", "registrationDate", "brandId",
            "username", "country", "country_code", "registerIp", "category", "label", "revShareExcluded", "cpaExcluded");
    private static final List<String> LIFETIME = List.of("lifetimeRevenue", "lifetimeDeposits",
            "lifetimeRevShareCommission", "lifetimeCpaCommission", "lifetimeFixedCommission", "lifetimeCommission");

    private final SimClock clock;
    private final Map<String, ObjectNode> byId = new LinkedHashMap<>();
    private volatile boolean rejectWithoutClickKey;

    AffeliosCustomers(Clock clock) {
        this.clock = new SimClock(clock);
    }

    void rejectWithoutClickKey(boolean reject) {
        this.rejectWithoutClickKey = reject;
    }

    /** {@code POST /api/v1/customer}: 201 with the customer as Affelios keeps it. */
    synchronized SimResponse create(SimRequest request) {
        JsonNode body = request.json();
        AffeliosFieldErrors errors = validate(body);
        List.of("externalId", "externalBrandId", "registrationDate").forEach(f -> errors.required(body, "", f));
        if (!errors.isEmpty()) {
            return errors.problem();
        }
        String clickKey = clickKey(body);
        if (clickKey == null && rejectWithoutClickKey) {
            // the operator's System Settings decide: reject, or assign to the Organic Tracking campaign
            return AffeliosProblems.detailed(422, "A click key is required: organic customers are not accepted.");
        }
        Optional<SimResponse> duplicate = duplicate(body, null);
        if (duplicate.isPresent()) {
            return duplicate.get();
        }
        String now = clock.nextInstant().toString();
        ObjectNode customer = SimJson.object().put("id", UUID.randomUUID().toString()).put("operatorId", OPERATOR_ID)
                .put("createdTs", now).put("updatedTs", now).put("createdBy", "API").put("hidden", false)
                .put("deleted", false).putNull("importId").put("revShareExcluded", false).put("cpaExcluded", false)
                .put("hasDeposited", false).putNull("ftdDate").put("cpaQualified", false).putNull("cpaQualificationDate")
                .putNull("firstDepositAmount").putNull("firstRevenueAmount");
        LIFETIME.forEach(f -> customer.put(f, BigDecimal.ZERO));
        write(customer, body);
        ObjectNode tracking = customer.putObject("tracking").put("clickId", clickKey).put("date", now);
        tracking.set("brandId", customer.path("brandId").deepCopy());
        if (clickKey == null) {
            tracking.put("campaignName", "Organic Tracking");
        }
        customer.putArray("transactions");
        byId.put(customer.get("id").asText(), customer);
        return SimResponse.json(201, customer);
    }

    synchronized SimResponse get(SimRequest request) {
        return SimResponse.json(200, customer(request));
    }

    /** {@code PUT /api/v1/customer/{id}}: the writable fields sent replace the stored ones; 200 with the customer. */
    synchronized SimResponse update(SimRequest request) {
        ObjectNode customer = customer(request);
        JsonNode body = request.json();
        AffeliosFieldErrors errors = validate(body);
        if (!errors.isEmpty()) {
            return errors.problem();
        }
        ObjectNode merged = customer.deepCopy();
        write(merged, body);
        Optional<SimResponse> duplicate = duplicate(merged, customer.get("id").asText());
        if (duplicate.isPresent()) {
            return duplicate.get();
        }
        write(customer, body);
        String clickKey = clickKey(body);
        if (clickKey != null) {
            ((ObjectNode) customer.get("tracking")).put("clickId", clickKey).remove("campaignName");
        }
        customer.put("updatedTs", clock.nextInstant().toString());
        return SimResponse.json(200, customer);
    }

    /** The customer a transaction names by {@code externalCustomerId} + {@code externalBrandId}, if any. */
    synchronized Optional<ObjectNode> byExternalId(String externalId, String externalBrandId) {
        return byId.values().stream().filter(c -> c.path("externalId").asText().equals(externalId)
                                                  && c.path("externalBrandId").asText().equals(externalBrandId)).findFirst();
    }

    /** Attaches a processed transaction and moves the customer's lifetime figures. */
    synchronized void attach(ObjectNode customer, JsonNode transaction) {
        String now = clock.nextInstant().toString();
        ObjectNode attached = transaction.deepCopy();
        attached.put("id", UUID.randomUUID().toString()).put("processedTs", now);
        ((ArrayNode) customer.get("transactions")).add(attached);
        BigDecimal deposit = amount(transaction, "depositAmount");
        BigDecimal revenue = amount(transaction, "grossRevenue");
        add(customer, "lifetimeDeposits", deposit);
        add(customer, "lifetimeRevenue", revenue);
        add(customer, "lifetimeRevShareCommission", amount(transaction, "revShareCommission"));
        add(customer, "lifetimeCpaCommission", amount(transaction, "cpaCommission"));
        add(customer, "lifetimeFixedCommission", amount(transaction, "fixedCommission"));
        add(customer, "lifetimeCommission", amount(transaction, "revShareCommission")
                .add(amount(transaction, "cpaCommission")).add(amount(transaction, "fixedCommission")));
        if (deposit.signum() > 0 && !customer.path("hasDeposited").asBoolean()) {
            String date = SimJson.text(transaction, "transactionDate");
            customer.put("hasDeposited", true).put("ftdDate", date != null ? date : now).put("firstDepositAmount", deposit);
        }
        if (revenue.signum() != 0 && customer.path("firstRevenueAmount").isNull()) {
            customer.put("firstRevenueAmount", revenue);
        }
        customer.put("updatedTs", now);
    }

    synchronized Optional<JsonNode> find(String id) {
        ObjectNode customer = byId.get(id);
        return Optional.ofNullable(customer == null ? null : customer.deepCopy());
    }

    synchronized void clear() {
        byId.clear();
        rejectWithoutClickKey = false;
    }

    private ObjectNode customer(SimRequest request) {
        ObjectNode customer = byId.get(request.pathParameter("id"));
        if (customer == null) {
            throw new SimulatorException(404, null, null,
                    "No customer with id " + request.pathParameter("id"));
        }
        return customer;
    }

    /** 409 when another customer has the same external id and brand. */
    private Optional<SimResponse> duplicate(JsonNode customer, String ownId) {
        String externalId = customer.path("externalId").asText();
        String brand = customer.path("externalBrandId").asText();
        return byExternalId(externalId, brand).filter(other -> !other.get("id").asText().equals(ownId))
                .map(other -> AffeliosProblems.detailed(409, "A customer with externalId " + externalId
                                                             + " already exists for brand " + brand + "."));
    }

    private static AffeliosFieldErrors validate(JsonNode body) {
        AffeliosFieldErrors errors = new AffeliosFieldErrors();
        if (!body.isObject()) {
            errors.add("$", "The JSON value could not be converted to a customer.");
            return errors;
        }
        errors.dateTime(body, "", "registrationDate");
        errors.bool(body, "", "revShareExcluded");
        errors.bool(body, "", "cpaExcluded");
        return errors;
    }

    /** The seed's field is {@code clickKey}, a later schema's {@code clickId}: either is read. */
    private static String clickKey(JsonNode body) {
        String key = SimJson.text(body, "clickKey");
        return key != null && !key.isBlank() ? key : SimJson.text(body, "clickId");
    }

    private static void write(ObjectNode customer, JsonNode body) {
        for (String field : WRITABLE) {
            JsonNode value = body.get(field);
            if (value != null && !value.isNull()) {
                customer.set(field, value.deepCopy());
            } else if (!customer.has(field)) {
                customer.putNull(field);
            }
        }
    }

    private static BigDecimal amount(JsonNode transaction, String field) {
        JsonNode value = transaction.get(field);
        return value == null || !value.isNumber() ? BigDecimal.ZERO : value.decimalValue();
    }

    private static void add(ObjectNode customer, String field, BigDecimal amount) {
        customer.put(field, customer.get(field).decimalValue().add(amount));
    }
}
