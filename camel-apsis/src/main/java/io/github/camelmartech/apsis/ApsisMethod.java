package io.github.camelmartech.apsis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.apsis.model.ApsisPage;

/**
 * One APSIS API method as the vendor documents it: verb, path template, the shape of its body (none, a model, a
 * bare JSON string, a bare JSON array) and the type of its result. Path placeholders are filled from the headers
 * named after them ({@code {mailingListId}} from {@code CamelApsisMailingListId}); a paginated method gets its
 * page and size appended in the vendor's style. {@link ApsisCalls} runs it.
 */
final class ApsisMethod {

    /** How a paginated method carries page and size in its path. */
    enum Paging {
        /** {@code .../{pageNumber}/{pageSize}} */
        SLASH("/{pageNumber}/{pageSize}"),
        /** {@code .../page/{pageNumber}/size/{pageSize}} */
        PAGE_SIZE("/page/{pageNumber}/size/{pageSize}");

        final String suffix;

        Paging(String suffix) {
            this.suffix = suffix;
        }
    }

    enum Body { NONE, MODEL, STRING, ARRAY }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    final String name;
    final String httpMethod;
    final String path;
    Paging paging;
    Body body = Body.NONE;
    Class<?> bodyType;
    String bodyField = "body";
    boolean bodyOptional;
    int maxItems;
    boolean unique;
    Consumer<Object> validator = v -> { };
    boolean read;
    JavaType result = ApsisJson.type(JsonNode.class);
    final List<Map.Entry<String, String>> query = new ArrayList<>();

    private ApsisMethod(String name, String httpMethod, String path) {
        this.name = name;
        this.httpMethod = httpMethod;
        this.path = path;
    }

    static ApsisMethod get(String name, String path) {
        return new ApsisMethod(name, "GET", path);
    }

    static ApsisMethod post(String name, String path) {
        return new ApsisMethod(name, "POST", path);
    }

    static ApsisMethod put(String name, String path) {
        return new ApsisMethod(name, "PUT", path);
    }

    static ApsisMethod delete(String name, String path) {
        return new ApsisMethod(name, "DELETE", path);
    }

    /** A JSON object body of this model, required, checked by {@code check} before sending. */
    @SuppressWarnings("unchecked")
    <T> ApsisMethod model(Class<T> type, Consumer<T> check) {
        this.body = Body.MODEL;
        this.bodyType = type;
        this.validator = v -> check.accept((T) v);
        return this;
    }

    <T> ApsisMethod model(Class<T> type) {
        return model(type, v -> { });
    }

    /** A model body that may be left out (an empty POST). */
    ApsisMethod optionalModel(Class<?> type) {
        model(type);
        this.bodyOptional = true;
        return this;
    }

    /** A bare JSON string body ({@code "a@b.com"}) from a String message body. */
    ApsisMethod string(String field, Consumer<String> check) {
        this.body = Body.STRING;
        this.bodyType = String.class;
        this.bodyField = field;
        this.validator = v -> check.accept((String) v);
        return this;
    }

    /** A bare JSON array body of 1 to {@code max} elements, checked one by one. */
    @SuppressWarnings("unchecked")
    <T> ApsisMethod array(String field, Class<T> element, int max, Consumer<T> check) {
        this.body = Body.ARRAY;
        this.bodyType = element;
        this.bodyField = field;
        this.maxItems = max;
        this.validator = v -> check.accept((T) v);
        return this;
    }

    <T> ApsisMethod array(String field, Class<T> element, int max) {
        return array(field, element, max, v -> { });
    }

    /** The array must not repeat an element (APSIS refuses the whole call otherwise). */
    ApsisMethod unique() {
        this.unique = true;
        return this;
    }

    /** A read the vendor exposes as POST: safe to retry. */
    ApsisMethod read() {
        this.read = true;
        return this;
    }

    /** A paginated method: the result is one {@link ApsisPage} of {@code item}. */
    ApsisMethod paged(Paging style, Class<?> item) {
        this.paging = style;
        this.result = ApsisJson.mapper().getTypeFactory().constructParametricType(ApsisPage.class, item);
        return this;
    }

    ApsisMethod returns(Class<?> type) {
        this.result = ApsisJson.type(type);
        return this;
    }

    ApsisMethod returnsList(Class<?> element) {
        this.result = ApsisJson.listOf(element);
        return this;
    }

    /** A query parameter {@code urlName} from the header of {@code parameter}, sent when the header is set. */
    ApsisMethod query(String urlName, String parameter) {
        query.add(Map.entry(urlName, parameter));
        return this;
    }

    ApsisMethod query(String parameter) {
        return query(parameter, parameter);
    }

    /** The full path template, page suffix included. */
    String template() {
        return paging == null ? path : path + paging.suffix;
    }

    /** The placeholder names of the template, in order. */
    List<String> pathParameters() {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template());
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
