package io.github.camelmartech.sandbox.getresponse;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmartech.sandbox.SimJson;
import io.github.camelmartech.sandbox.SimRequest;
import io.github.camelmartech.sandbox.SimResponse;
import io.github.camelmartech.sandbox.getresponse.GetResponseApiDocument.Operation;

/**
 * The answer to an operation of GetResponse's API document that the simulator keeps no state for: the request is
 * checked as the document states it (only the query parameters it lists, those it requires, a body of its media type
 * with the top-level fields it requires; GetResponse's 400 body otherwise), and the answer is the document's success
 * status with an instance of its answer's schema, the request's path parameters in the fields of the same name; a
 * paged collection is one page of one item (a bare array, as every GetResponse page) with the paging headers.
 */
final class GetResponseDocumentRoute {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}/]+)}");

    private final GetResponseApiDocument document;
    private final Operation operation;

    GetResponseDocumentRoute(GetResponseApiDocument document, Operation operation) {
        this.document = document;
        this.operation = operation;
    }

    SimResponse answer(SimRequest request) {
        checkQuery(request);
        checkBody(request);
        if (operation.answer().isMissingNode()) {
            return SimResponse.status(operation.status());
        }
        // a copy: a sample may be the document's own example node
        JsonNode body = withPathParameters(document.sample(operation.answer()).deepCopy(), request);
        if (operation.paged() && !body.isArray()) {
            // a page is a bare array: the document describes /sms's and /sms-automation's item where the page is
            body = SimJson.mapper().createArrayNode().add(body);
        }
        SimResponse response = SimResponse.json(operation.status(), body);
        if (operation.paged()) {
            response.header("TotalCount", Integer.toString(body.size())).header("TotalPages", "1")
                    .header("CurrentPage", Integer.toString(request.queryInt("page", 1)))
                    .header("PerPage", Integer.toString(request.queryInt("perPage", 100)));
        }
        return response;
    }

    private void checkQuery(SimRequest request) {
        Set<String> names = queryNames(request);
        for (String name : names) {
            if (!operation.query().contains(name)) {
                throw GetResponseErrors.validation(name, "is not a parameter of " + operation.operationId());
            }
        }
        for (String name : operation.requiredQuery()) {
            if (!names.contains(name)) {
                throw GetResponseErrors.validation(name, "is required");
            }
        }
        int perPage = request.queryInt("perPage", 100);
        if (perPage < 1 || perPage > 1000) {
            throw GetResponseErrors.validation("perPage", "must be between 1 and 1000");
        }
    }

    private void checkBody(SimRequest request) {
        String type = operation.contentType();
        if (type == null) {
            return;
        }
        String sent = request.header("Content-Type");
        if (!operation.requiredBody().isEmpty() || request.bodyBytes().length > 0) {
            if (sent == null || !sent.startsWith(type)) {
                throw GetResponseErrors.validation("Content-Type", "must be " + type);
            }
        }
        if (!type.equals("application/json") || operation.requiredBody().isEmpty() && request.bodyBytes().length == 0) {
            return;
        }
        JsonNode body = request.json();
        for (String field : operation.requiredBody()) {
            JsonNode value = body.get(field);
            if (value == null || value.isNull() || value.isTextual() && value.asText().isBlank()) {
                throw GetResponseErrors.validation(field, "is required");
            }
        }
    }

    /** Fields named like a path parameter say which item was asked for, as GetResponse's answers do. */
    private JsonNode withPathParameters(JsonNode body, SimRequest request) {
        for (JsonNode item : body.isArray() ? body : List.of(body)) {
            if (item instanceof ObjectNode object) {
                for (Matcher m = PLACEHOLDER.matcher(operation.path()); m.find(); ) {
                    if (object.has(m.group(1))) {
                        object.put(m.group(1), request.pathParameter(m.group(1)));
                    }
                }
            }
        }
        return body;
    }

    private static Set<String> queryNames(SimRequest request) {
        String url = request.wireMockRequest().getUrl();
        int q = url.indexOf('?');
        Set<String> names = new LinkedHashSet<>();
        if (q >= 0) {
            for (String pair : url.substring(q + 1).split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}
