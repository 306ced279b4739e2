package io.github.camelmartech.support.operation;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.paging.ItemType;
import io.github.camelmartech.support.paging.Paginator;
import org.apache.camel.Message;

/**
 * How a polling consumer walks a resource: the operation whose request is the collection (its path and query
 * parameters come from the endpoint's options), the vendor's paging rule, the item type, each item's key and
 * watermark, and how to ask the vendor for the oldest change first and for changes since a date, where it can.
 */
public final class Poll<T> {

    /** Adds to the collection request what only-new mode asks of the vendor. */
    @FunctionalInterface
    public interface Since {
        void apply(ApiRequest.Builder request, Instant since);
    }

    private final String operation;
    private final Map<String, String> byOption = new LinkedHashMap<>();
    private final Paginator paginator;
    private final ItemType<T> items;
    private Function<T, String> key;
    private Function<T, Instant> watermark;
    private Since since = (request, s) -> { };
    private BiConsumer<Message, T> headers = (message, item) -> { };
    private int defaultPageSize;
    private final Map<String, Value> query = new LinkedHashMap<>();

    private Poll(String operation, Paginator paginator, ItemType<T> items) {
        this.operation = operation;
        this.paginator = paginator;
        this.items = items;
    }

    public static <T> Poll<T> of(String operation, Paginator paginator, ItemType<T> items) {
        return new Poll<>(operation, paginator, items);
    }

    public static <T> Poll<T> of(String operation, Paginator paginator, Class<T> items) {
        return of(operation, paginator, ItemType.of(items));
    }

    /** The item's stable identity (required). */
    public Poll<T> key(Function<T, String> key) {
        this.key = key;
        return this;
    }

    /** The item's date of creation or last change; without one, only-new mode remembers keys instead. */
    public Poll<T> watermark(Function<T, Instant> watermark) {
        this.watermark = watermark;
        return this;
    }

    /**
     * What only-new mode adds to the request on every walk: ascending order by the watermark (which only-new relies
     * on) and, where the vendor has one, a changed-since filter ({@code since} is null on the first walk).
     */
    public Poll<T> onlyNew(Since since) {
        this.since = since;
        return this;
    }

    /**
     * Polls {@code operation} instead when the endpoint has option {@code option} set (a list's opt-outs rather than
     * the whole account's, say); when several are set, the first one stated wins.
     */
    public Poll<T> orWhenOption(String option, String operation) {
        byOption.put(option, operation);
        return this;
    }

    /**
     * A query parameter of the walk only, sent when its value is found (a filter the consumer takes from an option,
     * which the polled operation itself does not send).
     */
    public Poll<T> query(String parameter, Value value) {
        query.put(parameter, value);
        return this;
    }

    /** Headers set on each item's exchange besides its key ({@code Camel<Vendor>ListId}, say). */
    public Poll<T> headers(BiConsumer<Message, T> headers) {
        this.headers = headers;
        return this;
    }

    /**
     * The page size a consumer asks for when the {@code pageSize} option is 0 (say the vendor's maximum, so a walk
     * takes few requests); without it, the vendor's own default.
     */
    public Poll<T> defaultPageSize(int size) {
        this.defaultPageSize = size;
        return this;
    }

    /** The page size to ask for, given the {@code pageSize} option (0 when not set). */
    public int pageSize(int configured) {
        return configured > 0 ? configured : defaultPageSize;
    }

    /** The operation polled when no option of {@link #orWhenOption} is set. */
    public String operation() {
        return operation;
    }

    /** The operations polled instead, by the option that selects each, in order. */
    public Map<String, String> alternatives() {
        return Collections.unmodifiableMap(byOption);
    }

    /** The operation polled with these options (read by their catalog names). */
    public String operation(Function<String, Object> options) {
        for (Map.Entry<String, String> alternative : byOption.entrySet()) {
            if (OperationCall.present(options.apply(alternative.getKey()))) {
                return alternative.getValue();
            }
        }
        return operation;
    }

    public Paginator paginator() {
        return paginator;
    }

    public ItemType<T> items() {
        return items;
    }

    public String keyOf(T item) {
        return key.apply(item);
    }

    public Instant watermarkOf(T item) {
        return watermark == null ? null : watermark.apply(item);
    }

    public boolean hasWatermark() {
        return watermark != null;
    }

    void applyQuery(ApiRequest.Builder request, OperationCall call) {
        query.forEach((name, value) -> {
            Object v = value.resolve(name, call, null);
            if (v != null) {
                request.query(name, v);
            }
        });
    }

    void applyOnlyNew(ApiRequest.Builder request, Instant from) {
        since.apply(request, from);
    }

    void setHeaders(Message message, T item) {
        headers.accept(message, item);
    }
}
