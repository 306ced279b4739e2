package io.github.camelmartech.tooling.openapi;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One operation of the document as the generator reads it; see {@link OpenApiDocument}.
 *
 * @param jsonAnswer     whether its success answer has a JSON body
 * @param itemProperties the properties of a collection's items (empty when the answer is not an array)
 * @param itemKey        for a paged collection, the field that identifies an item; null when none does
 * @param dateField      for a paged collection, the date its items can be sorted by ({@code sort[field]}); null
 *                       when there is none
 */
record DocumentedOperation(String operationId, String method, String path, String summary, List<String> tags,
                           List<Integer> success, boolean paged, List<String> pathParameters, List<String> query,
                           List<String> requiredQuery, String contentType, List<String> requiredBody,
                           boolean jsonAnswer, List<String> itemProperties, String itemKey, String dateField) {

    /** The resource of the operation: the first segment of its path. */
    String resource() {
        int next = path.indexOf('/', 1);
        return next < 0 ? path.substring(1) : path.substring(1, next);
    }

    /** A reader: a GET, or a search the document exposes as a POST named {@code get...} (repeatable, walks pages). */
    boolean read() {
        return method.equals("GET") || operationId.startsWith("get");
    }

    /** The docs' words: what it does and answers, the body fields and query it takes. */
    String description() {
        StringBuilder text = new StringBuilder(summary).append(" Answers ")
                .append(success.isEmpty() ? 200 : success.get(0)).append(paged && read() ? ", every page." : ".");
        if (!requiredBody.isEmpty()) {
            text.append(" Requires body fields ").append(names(requiredBody)).append('.');
        }
        if (!query.isEmpty()) {
            text.append(" Query: ").append(names(query))
                    .append(requiredQuery.isEmpty() ? "" : " (" + names(requiredQuery) + " required)").append('.');
        }
        return text.toString();
    }

    private static String names(List<String> names) {
        return names.stream().map(n -> "`" + n + "`").collect(Collectors.joining(", "));
    }

    DocumentedOperation withItemKey(String key) {
        return new DocumentedOperation(operationId, method, path, summary, tags, success, paged, pathParameters, query,
                requiredQuery, contentType, requiredBody, jsonAnswer, itemProperties, key, dateField);
    }
}
