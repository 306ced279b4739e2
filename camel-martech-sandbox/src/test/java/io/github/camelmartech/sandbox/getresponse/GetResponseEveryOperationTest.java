package io.github.camelmartech.sandbox.getresponse;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelmartech.getresponse.model.CustomField;
import io.github.camelmartech.getresponse.model.Tag;
import io.github.camelmartech.sandbox.SimJson;
import io.github.camelmartech.sandbox.getresponse.GetResponseApiDocument.Operation;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each of the 219 operations of GetResponse's API document called once through camel-getresponse, by its
 * operationId, against the simulator, which keeps state for campaigns, contacts, tags, custom fields and the callback
 * and answers the others from the document: the request it received has the operation's method, its path with the
 * path parameters (given as {@code CamelGetResponse<Param>} headers) in place, exactly the query sent (plus the page
 * and page size of a walked collection) and the body sent, and the answer has the document's status and shape.
 */
class GetResponseEveryOperationTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}/]+)}");

    private static GetResponseSimulator getresponse;
    private static CamelContext camel;
    private static ProducerTemplate producer;
    /** Ids of items with state, so that calls on them find them. */
    private static final Map<String, String> IDS = new HashMap<>();

    @BeforeAll
    static void start() {
        getresponse = new GetResponseSimulator("sandbox-api-key", Clock.systemUTC(), Duration.ZERO).start();
        camel = new DefaultCamelContext();
        getresponse.bindTo(camel);
        camel.start();
        producer = camel.createProducerTemplate();
        IDS.put("campaignId", getresponse.addCampaign("every_operation"));
        IDS.put("contactId", getresponse.addContact(IDS.get("campaignId"), "every.operation@example.com"));
        IDS.put("tagId", producer.requestBody("getresponse:tags?operation=create", Map.of("name", "every_tag"),
                Tag.class).getTagId());
        IDS.put("customFieldId", producer.requestBody("getresponse:custom-fields?operation=create",
                Map.of("name", "every_field", "type", "text", "hidden", "false", "values", List.of()),
                CustomField.class).getCustomFieldId());
        producer.requestBody("getresponse:callbacks?operation=set", Map.of("url", "https://hooks.example.com/gr",
                "actions", Map.of("subscribe", true)));
    }

    @AfterAll
    static void stop() {
        camel.stop();
        getresponse.stop();
    }

    @Test
    void everyOperationOfTheDocumentReachesTheSimulatorAsSent() {
        List<Operation> operations = new ArrayList<>(GetResponseApiDocument.get().operations());
        // deletes last, so that what they delete is still there for the other calls
        operations.sort(Comparator.comparing(o -> o.method().equals("DELETE")));
        assertThat(operations).hasSize(219);
        Set<String> called = new TreeSet<>();
        for (Operation operation : operations) {
            call(operation);
            called.add(operation.operationId());
        }
        assertThat(called).hasSize(219);
    }

    private void call(Operation operation) {
        String id = operation.operationId();
        Map<String, Object> headers = new HashMap<>();
        headers.put("CamelGetResponseOperation", id);
        String path = operation.path();
        for (Matcher m = PLACEHOLDER.matcher(operation.path()); m.find(); ) {
            String value = IDS.getOrDefault(m.group(1), m.group(1) + "-1");
            headers.put("CamelGetResponse" + Character.toUpperCase(m.group(1).charAt(0)) + m.group(1).substring(1), value);
            path = path.replace(m.group(0), value);
        }
        Map<String, String> query = new LinkedHashMap<>();
        operation.requiredQuery().forEach(q -> query.put(q, "x"));
        if (operation.query().contains("fields")) {
            query.put("fields", "name");
        }
        headers.put("CamelGetResponseQuery", query);
        Object body = body(operation);
        int before = journal().size();

        Exchange exchange = producer.request("getresponse:" + operation.path().split("/")[1], e -> {
            e.getMessage().setHeaders(headers);
            e.getMessage().setBody(body);
        });

        assertThat(exchange.getException()).as(id).isNull();
        List<LoggedRequest> sent = journal().subList(before, journal().size());
        assertThat(sent).as(id + ": one request").hasSize(1);
        LoggedRequest request = sent.get(0);
        assertThat(request.getMethod().getName()).as(id).isEqualTo(operation.method());
        String url = request.getUrl();
        assertThat(url.contains("?") ? url.substring(0, url.indexOf('?')) : url).as(id).isEqualTo("/v3" + path);
        Map<String, String> received = query(url);
        if (operation.paged() && received.containsKey("page")) {
            assertThat(received).as(id + ": a walk's page and page size").containsEntry("page", "1")
                    .containsEntry("perPage", "100");
            received.remove("page");
            received.remove("perPage");
        }
        assertThat(received).as(id + ": the query sent").isEqualTo(query);
        if ("application/json".equals(operation.contentType())) {
            assertThat(json(request.getBodyAsString())).as(id + ": the body sent").isEqualTo(SimJson.mapper().valueToTree(body));
        } else if (operation.contentType() != null) {
            assertThat(request.getHeader("Content-Type")).as(id).startsWith("multipart/form-data; boundary=");
            assertThat(request.getBodyAsString()).as(id).contains("name=\"file\"").contains("GIF89a");
        } else {
            assertThat(request.getBody()).as(id + ": no body").isEmpty();
        }
        Object status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE);
        if (status != null) {
            assertThat(status).as(id + ": the document's status").isEqualTo(operation.status());
        }
        if (getresponse.keepsStateFor(operation)) {
            // the simulator's own answer; note: GetResponse's document says the tags and custom-fields upserts answer
            // with the lists of the contact's tags and fields, the simulator (and the friendly operations) the contact
            return;
        }
        Object answer = exchange.getMessage().getBody();
        JsonNode schema = GetResponseApiDocument.get().resolve(operation.answer());
        if ("array".equals(schema.path("type").asText()) || operation.paged()) {
            assertThat(answer instanceof List<?> || answer instanceof JsonNode n && n.isArray())
                    .as(id + ": a list or JSON array, as the document's answer is an array: " + answer).isTrue();
        } else if (schema.has("properties") && status != null) {
            assertThat(answer).as(id + ": an object, as the document's answer is one").isNotNull();
            if (answer instanceof JsonNode node) { // else the model of a friendly operation standing for it
                assertThat(node.isObject()).as(id).isTrue();
            }
        }
    }

    /** A body with what the document requires; a valid one where the simulator keeps state. */
    private static Object body(Operation operation) {
        if (operation.contentType() == null) {
            return null;
        }
        if (operation.contentType().startsWith("multipart/")) {
            return Map.of("file", "GIF89a".getBytes(StandardCharsets.US_ASCII));
        }
        Map<String, Object> valid = switch (operation.operationId()) {
            case "createCampaign" -> Map.of("name", "second_list");
            case "updateCampaign" -> Map.of("name", "renamed_list");
            case "createContact" -> Map.of("email", "second@example.com", "campaign",
                    Map.of("campaignId", IDS.get("campaignId")));
            case "updateContact" -> Map.of("name", "Renamed");
            case "upsertTags" -> Map.of("tags", List.of(Map.of("tagId", IDS.get("tagId"))));
            case "upsertContactCustoms" -> Map.of("customFieldValues", List.of(Map.of("customFieldId",
                    IDS.get("customFieldId"), "value", List.of("x"))));
            case "createTag" -> Map.of("name", "second_tag");
            case "updateTag" -> Map.of("name", "renamed_tag");
            case "createCustomField" -> Map.of("name", "second_field", "type", "text", "format", "text", "hidden",
                    "false", "values", List.of());
            case "updateCustomField" -> Map.of("hidden", "true", "values", List.of());
            case "updateCallbacks" -> Map.of("url", "https://hooks.example.com/gr", "actions", Map.of("open", true));
            case "sendDraft" -> Map.of("messageId", "m-1", "sendSettings", Map.of("selectedCampaigns",
                    List.of(IDS.get("campaignId"))));
            default -> null;
        };
        if (valid != null) {
            return valid;
        }
        Map<String, Object> required = new LinkedHashMap<>();
        operation.requiredBody().forEach(field -> required.put(field, "x"));
        return required;
    }

    private static List<LoggedRequest> journal() {
        return getresponse.wireMock().findAll(anyRequestedFor(anyUrl()));
    }

    private static Map<String, String> query(String url) {
        Map<String, String> query = new LinkedHashMap<>();
        int q = url.indexOf('?');
        if (q >= 0) {
            for (String pair : url.substring(q + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    private static JsonNode json(String text) {
        try {
            return SimJson.mapper().readTree(text);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
