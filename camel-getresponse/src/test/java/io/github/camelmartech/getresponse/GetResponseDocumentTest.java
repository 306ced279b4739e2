package io.github.camelmartech.getresponse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmartech.getresponse.GetResponseApiOperations.DocumentOperation;
import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.operation.ApiOperation;
import io.github.camelmartech.support.operation.OperationCall;
import io.github.camelmartech.support.operation.OperationRunner;
import io.github.camelmartech.support.operation.Resource;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The generated operation table is GetResponse's OpenAPI document: the test reads the document committed in
 * {@code src/main/openapi} itself (not through the generator) and finds each of its operations in the table under its
 * operationId, with its method, path, path parameters and query parameters; it compares the generated records with
 * what {@code list_ops.py --json --all-params} (the vendor material's own reader, output committed as
 * {@code getresponse-operations.jsonl}) reads from the same document, required body fields included; and it proves
 * each required body field is refused when missing, before anything is sent.
 */
class GetResponseDocumentTest extends CamelTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}/]+)}");
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    @Test
    void everyOperationOfTheDocumentIsInTheTableUnderItsOperationId() throws IOException {
        JsonNode document = JSON.readTree(Path.of("src/main/openapi/openapi.json").toFile());
        Set<String> operationIds = new TreeSet<>();
        document.path("paths").fields().forEachRemaining(path -> METHODS.forEach(method -> {
            JsonNode op = path.getValue().get(method);
            if (op == null) {
                return;
            }
            String id = op.path("operationId").asText();
            operationIds.add(id);
            String resource = path.getKey().split("/")[1];
            ApiOperation<?> operation = GetResponseOperations.TABLE.resource(resource).operation(id);
            assertThat(operation.method()).as(id).isEqualTo(method.toUpperCase());
            assertThat(operation.path()).as(id).isEqualTo(path.getKey());
            assertThat(operation.pathParameters()).as(id).isEqualTo(placeholders(path.getKey()));
            assertThat(operation.allowedQuery()).as(id + " query").isEqualTo(queryNames(document, path.getValue(), op));
        }));
        assertThat(operationIds).hasSize(219);

        Set<String> documented = new TreeSet<>();
        Set<String> friendly = Set.of(GetResponseOperations.FRIENDLY.split(","));
        for (Resource resource : GetResponseOperations.TABLE.resources()) {
            if (Set.of(GetResponseOperations.OTHER_RESOURCES.split(",")).contains(resource.name())) {
                continue;
            }
            resource.operations().stream().map(ApiOperation::name).filter(n -> !friendly.contains(n))
                    .forEach(documented::add);
        }
        assertThat(documented).as("the table's operations besides the friendly ones").isEqualTo(operationIds);
        assertThat(GetResponseApiOperations.OPERATION_IDS.split(",")).containsExactlyInAnyOrderElementsOf(operationIds);
    }

    @Test
    void theGeneratedRecordsAreWhatListOpsReadsFromTheDocument() throws IOException {
        Map<String, DocumentOperation> generated = new LinkedHashMap<>();
        GetResponseApiOperations.resources().forEach(r -> r.operations().forEach(o -> {
            assertThat(o.path()).startsWith("/" + r.name());
            generated.put(o.operationId(), o);
        }));
        List<JsonNode> listed = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/getresponse-operations.jsonl")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                listed.add(JSON.readTree(line));
            }
        }
        assertThat(listed).hasSize(219);
        assertThat(generated.keySet()).containsExactlyInAnyOrderElementsOf(
                listed.stream().map(n -> n.path("operationId").asText()).toList());
        for (JsonNode expected : listed) {
            DocumentOperation d = generated.get(expected.path("operationId").asText());
            String id = d.operationId();
            assertThat(d.method()).as(id).isEqualTo(expected.path("method").asText());
            assertThat(d.path()).as(id).isEqualTo(expected.path("path").asText());
            assertThat(d.status()).as(id).isEqualTo(expected.path("success").get(0).asInt());
            assertThat(d.paged()).as(id).isEqualTo(expected.path("paged").asBoolean());
            assertThat(new TreeSet<>(d.pathParameters())).as(id).isEqualTo(strings(expected.path("pathParams")));
            assertThat(new TreeSet<>(d.requiredQuery())).as(id).isEqualTo(strings(expected.path("queryRequired")));
            Set<String> query = strings(expected.path("queryOptional"));
            query.addAll(strings(expected.path("queryRequired")));
            assertThat(new TreeSet<>(d.query())).as(id).isEqualTo(query);
            assertThat(new TreeSet<>(d.requiredBody())).as(id).isEqualTo(strings(expected.path("bodyRequired")));
            JsonNode types = expected.path("contentTypes");
            assertThat(d.contentType()).as(id).isEqualTo(types.isEmpty() ? null : types.get(0).asText());
        }
    }

    @Test
    void eachRequiredBodyFieldIsRefusedWhenMissingBeforeAnythingIsSent() {
        int checked = 0;
        for (DocumentOperation d : document()) {
            ApiOperation<?> operation = operation(d);
            if (d.requiredBody().isEmpty() || operation.body().type().getRawClass() != JsonNode.class) {
                continue; // a friendly operation stands for it with its own model and checks
            }
            ObjectNode complete = JSON.createObjectNode();
            d.requiredBody().forEach(f -> complete.put(f, "x"));
            assertThat(request(d, operation, complete).target()).as(d.operationId()).startsWith("/");
            for (String missing : d.requiredBody()) {
                ObjectNode body = complete.deepCopy();
                body.remove(missing);
                assertThatThrownBy(() -> request(d, operation, body)).as(d.operationId() + " without " + missing)
                        .isInstanceOfSatisfying(MarTechInvalidInputException.class, e -> {
                            assertThat(e.getField()).isEqualTo(missing);
                            assertThat(e.getRule()).isEqualTo("is required");
                        });
                body.put(missing, " ");
                assertThatThrownBy(() -> request(d, operation, body)).as(d.operationId() + " with a blank " + missing)
                        .isInstanceOf(MarTechInvalidInputException.class);
                checked++;
            }
        }
        assertThat(checked).as("required fields checked").isGreaterThan(100);
    }

    private static List<DocumentOperation> document() {
        List<DocumentOperation> all = new ArrayList<>();
        GetResponseApiOperations.resources().forEach(r -> all.addAll(r.operations()));
        return all;
    }

    private static ApiOperation<?> operation(DocumentOperation d) {
        return GetResponseOperations.TABLE.resource(d.path().split("/")[1]).operation(d.operationId());
    }

    /** The request the operation would send, path parameters from their headers; nothing is sent. */
    private io.github.camelmartech.support.http.ApiRequest request(DocumentOperation d, ApiOperation<?> operation,
                                                                   Object body) {
        GetResponseEndpoint endpoint = context.getEndpoint("getresponse:" + d.path().split("/")[1] + "?apiKey=k",
                GetResponseEndpoint.class);
        Exchange exchange = new DefaultExchange(context);
        Map<String, Object> headers = new HashMap<>();
        d.pathParameters().forEach(p -> headers.put(GetResponsePathHeaders.of(p), "p1"));
        exchange.getMessage().setHeaders(headers);
        return OperationRunner.request(operation, new OperationCall(exchange, endpoint), body);
    }

    private static Set<String> queryNames(JsonNode document, JsonNode item, JsonNode op) {
        Set<String> names = new TreeSet<>();
        for (JsonNode list : List.of(item.path("parameters"), op.path("parameters"))) {
            for (JsonNode p : list) {
                JsonNode parameter = p.has("$ref") ? document.at(p.get("$ref").asText().substring(1)) : p;
                if ("query".equals(parameter.path("in").asText())) {
                    names.add(parameter.path("name").asText());
                }
            }
        }
        return names;
    }

    private static List<String> placeholders(String path) {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(path);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new TreeSet<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
