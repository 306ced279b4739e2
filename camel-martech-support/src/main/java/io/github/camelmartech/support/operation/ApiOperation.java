package io.github.camelmartech.support.operation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.support.http.ApiResponse;
import io.github.camelmartech.support.json.MarTechJson;
import io.github.camelmartech.support.paging.ItemType;
import io.github.camelmartech.support.paging.Paginator;

/**
 * One operation of a vendor API as data: its name, HTTP method and path template, where each path and query
 * parameter comes from, how the body is taken from the message, the defaults filled in from headers and options, the
 * checks made before sending, whether it may be repeated after it may have reached the vendor, what its answer
 * becomes, and the statuses that are its result rather than an error. {@link OperationRunner} runs any of them; a
 * vendor module only declares them, in tables.
 *
 * @param <B> the request body's type ({@code Void} without one)
 */
public final class ApiOperation<B> {

    /** Fills what the body leaves out, from headers and options (see {@link OperationCall#fill}). */
    @FunctionalInterface
    public interface Defaults<B> {
        void apply(OperationCall call, B body);
    }

    /** Checks the body (after defaults) before anything is sent. */
    @FunctionalInterface
    public interface Check<B> {
        void check(Checker checker, B body);
    }

    /** An operation that is a flow rather than one call (a batch split, a queued job followed to its data). */
    @FunctionalInterface
    public interface Invoker {
        void invoke(OperationCall call) throws Exception;
    }

    /**
     * A header set on the message from the result or the response; {@code convert} turns a response header's text
     * into the header's value (the text itself unless stated).
     */
    public record ResultHeader(String name, Function<Object, Object> fromResult, String fromResponseHeader,
                               Function<String, ?> convert) {

        public ResultHeader(String name, Function<Object, Object> fromResult, String fromResponseHeader) {
            this(name, fromResult, fromResponseHeader, Function.identity());
        }
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}/]+)}");

    final String name;
    final String method;
    final String path;
    final List<String> pathParameters;
    final Map<String, Value> pathValues;
    final Map<String, Value> queryValues;
    final boolean queryHeader;
    final Set<String> allowedQuery;
    final List<String> requiredQuery;
    final Body<B> body;
    final List<Defaults<B>> defaults;
    final List<Check<B>> checks;
    final Boolean idempotent;
    final Set<Integer> resultStatuses;
    final Map<String, String> requestHeaders;
    final JavaType result;
    final Function<ApiResponse, Object> emptyResult;
    final List<ResultHeader> resultHeaders;
    final Paginator paginator;
    final ItemType<?> items;
    final String pagesHeader;
    final Invoker invoker;
    final String description;

    private ApiOperation(Builder<B> b) {
        this.name = b.name;
        this.method = b.method;
        this.path = b.path;
        this.pathParameters = b.path == null ? List.of() : placeholders(b.path);
        this.pathValues = Map.copyOf(b.pathValues);
        this.queryValues = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.queryValues));
        this.queryHeader = b.queryHeader;
        this.allowedQuery = b.allowedQuery == null ? null : Set.copyOf(b.allowedQuery);
        this.requiredQuery = List.copyOf(b.requiredQuery);
        this.body = b.body;
        this.defaults = List.copyOf(b.defaults);
        this.checks = List.copyOf(b.checks);
        this.idempotent = b.idempotent;
        this.resultStatuses = Set.copyOf(b.resultStatuses);
        this.requestHeaders = Map.copyOf(b.requestHeaders);
        this.result = b.result;
        this.emptyResult = b.emptyResult;
        this.resultHeaders = List.copyOf(b.resultHeaders);
        this.paginator = b.paginator;
        this.items = b.items;
        this.pagesHeader = b.pagesHeader;
        this.invoker = b.invoker;
        this.description = b.description;
        for (String p : pathParameters) {
            if (!pathValues.containsKey(p)) {
                throw new IllegalStateException("Operation " + name + ": path parameter {" + p + "} of " + path
                                                + " has no source");
            }
        }
    }

    public static Builder<Void> get(String name, String path) {
        return new Builder<>(name, "GET", path);
    }

    public static Builder<Void> post(String name, String path) {
        return new Builder<>(name, "POST", path);
    }

    public static Builder<Void> put(String name, String path) {
        return new Builder<>(name, "PUT", path);
    }

    public static Builder<Void> patch(String name, String path) {
        return new Builder<>(name, "PATCH", path);
    }

    public static Builder<Void> delete(String name, String path) {
        return new Builder<>(name, "DELETE", path);
    }

    public static Builder<Void> of(String name, String method, String path) {
        return new Builder<>(name, method, path);
    }

    /** An operation that runs its own flow; it is still listed, named and documented like the others. */
    public static Builder<Void> custom(String name, Invoker invoker) {
        Builder<Void> b = new Builder<>(name, null, null);
        b.invoker = invoker;
        return b;
    }

    public String name() {
        return name;
    }

    /** The HTTP method; null for a custom flow. */
    public String method() {
        return method;
    }

    /** The path template with its {@code {placeholders}}; null for a custom flow. */
    public String path() {
        return path;
    }

    public List<String> pathParameters() {
        return pathParameters;
    }

    public Map<String, Value> queryParameters() {
        return queryValues;
    }

    public Body<B> body() {
        return body;
    }

    public String description() {
        return description;
    }

    /** What the answer is bound to ({@code JsonNode} unless stated), for a vendor's own {@link ResultReader}. */
    public JavaType resultType() {
        return result;
    }

    /** The query parameter names the query header may give; null when any name may (see {@link Builder#queryHeader}). */
    public Set<String> allowedQuery() {
        return allowedQuery;
    }

    /** Whether the operation walks every page and answers with their items. */
    public boolean isPaged() {
        return paginator != null;
    }

    /** Whether it may be sent again after it may have reached the vendor: by HTTP method unless declared. */
    public boolean isIdempotent() {
        return idempotent != null ? idempotent : Set.of("GET", "HEAD", "PUT", "DELETE").contains(method);
    }

    static List<String> placeholders(String template) {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Override
    public String toString() {
        return invoker != null ? name : name + " (" + method + " " + path + ")";
    }

    /** States an operation; a {@link Resource} builds it. */
    public static final class Builder<B> {
        private final String name;
        private final String method;
        private final String path;
        private final Map<String, Value> pathValues = new LinkedHashMap<>();
        private final Map<String, Value> queryValues = new LinkedHashMap<>();
        private boolean queryHeader;
        private Set<String> allowedQuery;
        private List<String> requiredQuery = List.of();
        private Body<B> body;
        private final List<Defaults<B>> defaults = new ArrayList<>();
        private final List<Check<B>> checks = new ArrayList<>();
        private Boolean idempotent;
        private final Set<Integer> resultStatuses = new TreeSet<>();
        private final Map<String, String> requestHeaders = new LinkedHashMap<>();
        private JavaType result = MarTechJson.mapper().constructType(JsonNode.class);
        private Function<ApiResponse, Object> emptyResult;
        private final List<ResultHeader> resultHeaders = new ArrayList<>();
        private Paginator paginator;
        private ItemType<?> items;
        private String pagesHeader;
        private Invoker invoker;
        private String description;

        @SuppressWarnings("unchecked")
        private Builder(String name, String method, String path) {
            this.name = name;
            this.method = method;
            this.path = path;
            this.body = (Body<B>) Body.none();
        }

        /** Where path parameter {@code {name}} comes from; encoded as one path segment. */
        public Builder<B> path(String parameter, Value value) {
            pathValues.put(parameter, value);
            return this;
        }

        /** A query parameter sent when its value is found. */
        public Builder<B> query(String parameter, Value value) {
            queryValues.put(parameter, value);
            return this;
        }

        /**
         * Also sends the entries of the vendor's query header ({@code Camel<Vendor>Query}, a Map); {@code allowed}
         * limits them to the names the vendor documents for this call (a name ending in {@code [} allows a family
         * such as {@code query[...]}), none for any. An entry named like one of the operation's own {@link #query}
         * parameters replaces it and is checked and converted by its {@link Value}.
         */
        public Builder<B> queryHeader(String... allowed) {
            this.queryHeader = true;
            this.allowedQuery = allowed.length == 0 ? null : Set.of(allowed);
            return this;
        }

        /**
         * Also sends the entries of the vendor's query header, limited to exactly these names (as documented for
         * this call; a name ending in {@code [} allows a family): an empty collection allows none, so a call the
         * vendor documents without query parameters refuses any.
         */
        public Builder<B> queryHeader(java.util.Collection<String> allowed) {
            this.queryHeader = true;
            this.allowedQuery = Set.copyOf(allowed);
            return this;
        }

        /** The query header's entries the vendor requires for this call: a missing one is refused before sending. */
        public Builder<B> requiredQuery(java.util.Collection<String> required) {
            this.requiredQuery = List.copyOf(required);
            return this;
        }

        /** The request body (see {@link Body}); the builder takes the body's type. */
        @SuppressWarnings("unchecked")
        public <T> Builder<T> body(Body<T> body) {
            Builder<T> self = (Builder<T>) this;
            self.body = body;
            return self;
        }

        public <T> Builder<T> body(Class<T> type) {
            return body(Body.of(type));
        }

        public Builder<B> defaults(Defaults<B> defaults) {
            this.defaults.add(defaults);
            return this;
        }

        public Builder<B> check(Check<B> check) {
            this.checks.add(check);
            return this;
        }

        /** A send or create: never repeated after it may have reached the vendor (unless retryNonIdempotent). */
        public Builder<B> notIdempotent() {
            this.idempotent = false;
            return this;
        }

        /** A read the vendor exposes as POST: safe to repeat. */
        public Builder<B> idempotent() {
            this.idempotent = true;
            return this;
        }

        /** A non-2xx status that is this call's answer (a business refusal with a result body), not an error. */
        public Builder<B> resultStatus(int... statuses) {
            for (int s : statuses) {
                resultStatuses.add(s);
            }
            return this;
        }

        public Builder<B> header(String name, String value) {
            requestHeaders.put(name, value);
            return this;
        }

        /** The answer's JSON bound to this type (a {@code JsonNode} unless stated). */
        public Builder<B> result(Class<?> type) {
            return result(MarTechJson.mapper().constructType(type));
        }

        public Builder<B> result(JavaType type) {
            this.result = type;
            return this;
        }

        /** What an answer without a body becomes (a write the vendor confirms with an empty 2xx). */
        public Builder<B> emptyResult(Function<ApiResponse, Object> empty) {
            this.emptyResult = empty;
            return this;
        }

        /** A message header taken from the bound result. */
        @SuppressWarnings("unchecked")
        public <R> Builder<B> resultHeader(String header, Function<R, ?> fromResult) {
            resultHeaders.add(new ResultHeader(header, r -> r == null ? null : ((Function<Object, ?>) fromResult).apply(r),
                    null));
            return this;
        }

        /**
         * A message header copied from a response header ({@code TotalCount}); for an operation that walks pages,
         * from the last page read.
         */
        public Builder<B> responseHeader(String header, String httpHeader) {
            resultHeaders.add(new ResultHeader(header, null, httpHeader));
            return this;
        }

        /** A message header from a response header's text, converted (a count as a {@code Long}, say). */
        public Builder<B> responseHeader(String header, String httpHeader, Function<String, ?> convert) {
            resultHeaders.add(new ResultHeader(header, null, httpHeader, convert));
            return this;
        }

        /**
         * Walks every page (up to {@code maxPages}) and answers with their items as one list; {@code pagesHeader}
         * (may be null) receives the number of pages fetched.
         */
        public Builder<B> pages(Paginator paginator, ItemType<?> items, String pagesHeader) {
            this.paginator = paginator;
            this.items = items;
            this.pagesHeader = pagesHeader;
            return this;
        }

        /** One sentence for the docs' operation table. */
        public Builder<B> description(String description) {
            this.description = description;
            return this;
        }

        public String name() {
            return name;
        }

        /**
         * What every operation of its table shares: the headers it does not state itself, the query header, the
         * sources of the path parameters it has and states none for.
         */
        void inherit(Map<String, String> headers, boolean takesQueryHeader, Map<String, Value> paths) {
            if (method == null) {
                return; // a custom flow builds its own requests
            }
            headers.forEach(requestHeaders::putIfAbsent);
            queryHeader |= takesQueryHeader;
            for (String parameter : placeholders(path)) {
                if (paths.containsKey(parameter)) {
                    pathValues.putIfAbsent(parameter, paths.get(parameter));
                }
            }
        }

        public ApiOperation<B> build() {
            return new ApiOperation<>(this);
        }
    }
}
