package io.github.camelmartech.sandbox.apsis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmartech.sandbox.SimJson;
import io.github.camelmartech.sandbox.SimRequest;
import io.github.camelmartech.sandbox.SimResponse;
import io.github.camelmartech.sandbox.SimulatorException;

/**
 * Single SMS ({@code POST /sms/v2/}, SmsService) and transactional e-mail (TransactionalService: projects, sends and
 * their results), as the vendor note's table describes them (fields from guilty-as/apsis). Nothing is delivered: the
 * messages are kept for a test to read. Where the note leaves a choice: an SMS answers its id (a number) and uses one
 * credit; a transactional send answers its TransactionID (a string) and its result reads {@code Status "Sent"}; the
 * account has one transactional project, id 1, until a test adds another.
 */
final class ApsisMessaging {

    private static final int CREDITS = 1000;

    private final List<ObjectNode> sms = new ArrayList<>();
    private final Map<Long, String> projects = new LinkedHashMap<>();
    private final Map<String, ObjectNode> emails = new LinkedHashMap<>();
    private long nextSmsId;

    ApsisMessaging() {
        clear();
    }

    /** {@code POST /sms/v2/} with {@code {Message, CountryCode, PhoneNumber, SenderName, IsLinked, SendDate}}. */
    SimResponse sendSms(SimRequest request) {
        JsonNode body = ApsisRequests.object(request);
        SimJson.required(body, "Message");
        String number = SimJson.required(body, "PhoneNumber");
        if (!number.matches("\\+?\\d{5,15}")) {
            throw SimulatorException.badRequest("PhoneNumber", "must be 5-15 digits");
        }
        if (sms.size() >= CREDITS) {
            throw SimulatorException.badRequest("Credits", "no SMS credits left");
        }
        ObjectNode sent = ((ObjectNode) body.deepCopy()).put("Id", nextSmsId++);
        sms.add(sent);
        return ApsisEnvelope.ok(sent.get("Id").asLong());
    }

    /** {@code GET /sms/v2/credits}: what is left. */
    SimResponse credits(SimRequest request) {
        return ApsisEnvelope.ok(CREDITS - sms.size());
    }

    /** {@code GET /v1/transactional/projects}. */
    SimResponse projects(SimRequest request) {
        ArrayNode result = SimJson.array();
        projects.forEach((id, name) -> result.addObject().put("Id", id).put("Name", name).put("Active", true));
        return ApsisEnvelope.ok(result);
    }

    /** {@code POST /v1/transactional/projects/{projectId}/sendEmail}: the TransactionID. */
    SimResponse sendEmail(SimRequest request) {
        long project = ApsisRequests.id(request, "projectId");
        if (!projects.containsKey(project)) {
            throw SimulatorException.notFound("transactional project " + project);
        }
        JsonNode body = ApsisRequests.object(request);
        ApsisRequests.email("Email", SimJson.text(body, "Email"));
        String sendingType = SimJson.text(body, "SendingType");
        if (sendingType != null && !sendingType.equals("t") && !sendingType.equals("m")) {
            throw SimulatorException.badRequest("SendingType", "must be t or m");
        }
        String transactionId = "sandbox-" + (emails.size() + 1);
        ObjectNode sent = ((ObjectNode) body.deepCopy()).put("TransactionId", transactionId).put("ProjectId", project);
        emails.put(transactionId, sent);
        return ApsisEnvelope.ok(transactionId);
    }

    /** {@code GET /v1/transactional/{transactionId}/result}. */
    SimResponse result(SimRequest request) {
        ObjectNode email = emails.get(request.pathParameter("transactionId"));
        if (email == null) {
            throw SimulatorException.notFound("transaction " + request.pathParameter("transactionId"));
        }
        return ApsisEnvelope.ok(SimJson.object().put("TransactionId", email.path("TransactionId").asText())
                .put("Email", email.path("Email").asText()).put("Status", "Sent"));
    }

    long addProject(String name) {
        long id = projects.keySet().stream().mapToLong(Long::longValue).max().orElse(0) + 1;
        projects.put(id, name);
        return id;
    }

    List<JsonNode> sms() {
        return sms.stream().map(s -> (JsonNode) s.deepCopy()).toList();
    }

    List<JsonNode> emails() {
        return emails.values().stream().map(e -> (JsonNode) e.deepCopy()).toList();
    }

    void clear() {
        sms.clear();
        emails.clear();
        projects.clear();
        projects.put(1L, "Sandbox transactional project");
        nextSmsId = 70000001;
    }
}
