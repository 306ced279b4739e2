package io.github.camelmartech.support.operation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.paging.ItemType;
import io.github.camelmartech.support.paging.Paginator;
import org.apache.camel.Message;

/**
 * How a polling consumer walks a resource: the operation whose request is the collection (its path and query
 * parameters come from the endpoint's options), the vendor's paging rule, the item type, each item's key and
 * watermark, and how to ask the vendor for the oldest change first and for changes since a date, where it can.
 * <p>
 * What a consumer walks is chosen by its options, one rule for every vendor: the {@code operation} option names the
 * poll among a resource's ({@link Resource#poll(String)}), then the first of that poll's {@link #orWhen} variants
 * whose option holds replaces it ({@link #chosen}): another operation when an option is set (APSIS: a list's
 * opt-outs), another watermark when an option has a value (GetResponse: contacts by their last change).
 */
public final class Poll<T> {

    /** Adds to the collection request what only-new mode asks of the vendor. */
    @FunctionalInterface
    public interface Since {
        void apply(ApiRequest.Builder request, Instant since);
    }

    /**
     * Walked instead of this poll when the endpoint's option has the value (null: any value): another poll, or this
     * one on another operation.
     */
    private record Variant<T>(String option, String value, String operation, Poll<T> poll) {
    }

    private final String operation;
    private final List<Variant<T>> variants = new ArrayList<>();
    private final Map<String, String> own = new LinkedHashMap<>();
    private final Paginator paginator;
    private final ItemType<T> items;
    private Function<T, String> key;
    private Function<T, Instant> watermark;
    private Since since = (request, s) -> { };
    private BiConsumer<Message, T> headers = (message, item) -> { };
    private String keyHeader;
    private final Map<String, String> optionHeaders = new LinkedHashMap<>();
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
        variants.add(new Variant<>(option, null, operation, null));
        return this;
    }

    /**
     * Walks {@code instead} when the endpoint's option {@code option} has {@code value} (null: when it is set at
     * all); of several, the first stated that holds wins.
     */
    public Poll<T> orWhen(String option, String value, Poll<T> instead) {
        variants.add(new Variant<>(option, value, instead.operation, instead));
        return this;
    }

    /**
     * This poll is the one for option {@code option} equal to {@code value}, walked also when the option is not set;
     * a value that neither this nor a variant names is refused ({@code option: must be a or b}).
     */
    public Poll<T> when(String option, String value) {
        own.put(option, value);
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

    /** Headers set on each item's exchange from the item itself ({@code Camel<Vendor>SubscriberId}, say). */
    public Poll<T> headers(BiConsumer<Message, T> headers) {
        this.headers = headers;
        return this;
    }

    /** The item's key also as header {@code header} on its exchange ({@code Camel<Vendor>ItemId}). */
    public Poll<T> keyHeader(String header) {
        this.keyHeader = header;
        return this;
    }

    /**
     * The polling endpoint's option as header {@code header} on each item's exchange: what was polled, when the
     * items do not say it themselves (the list of a list's subscribers).
     */
    public Poll<T> optionHeader(String header, String option) {
        optionHeaders.put(header, option);
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

    /** The operation polled when no variant's option holds. */
    public String operation() {
        return operation;
    }

    /** The operations polled instead when an option is set ({@link #orWhenOption}), by that option, in order. */
    public Map<String, String> alternatives() {
        Map<String, String> alternatives = new LinkedHashMap<>();
        variants.stream().filter(v -> v.value() == null && !v.operation().equals(operation))
                .forEach(v -> alternatives.putIfAbsent(v.option(), v.operation()));
        return alternatives;
    }

    /** The operations this poll may walk: its own and its variants'. */
    List<String> operations() {
        List<String> operations = new ArrayList<>(List.of(operation));
        variants.forEach(v -> operations.add(v.operation()));
        return operations;
    }

    /**
     * The poll walked with these options (read by their catalog names): the first variant whose option holds, else
     * this one, after refusing a value of an option of {@link #when} that no poll names.
     */
    public Poll<T> chosen(Function<String, Object> options) {
        for (Variant<T> variant : variants) {
            Object set = options.apply(variant.option());
            if (variant.value() == null ? OperationCall.present(set) : variant.value().equals(String.valueOf(set))) {
                return variant.poll() != null ? variant.poll() : on(variant.operation());
            }
        }
        own.forEach((option, value) -> {
            Object set = options.apply(option);
            if (OperationCall.present(set) && !value.equals(set.toString())) {
                List<String> named = new ArrayList<>(List.of(value));
                variants.stream().filter(v -> option.equals(v.option()) && v.value() != null)
                        .forEach(v -> named.add(v.value()));
                throw new MarTechInvalidInputException(option, "must be " + String.join(" or ", named));
            }
        });
        return this;
    }

    /** This poll on another operation of the resource. */
    private Poll<T> on(String other) {
        Poll<T> poll = new Poll<>(other, paginator, items);
        poll.key = key;
        poll.watermark = watermark;
        poll.since = since;
        poll.headers = headers;
        poll.keyHeader = keyHeader;
        poll.optionHeaders.putAll(optionHeaders);
        poll.defaultPageSize = defaultPageSize;
        poll.query.putAll(query);
        return poll;
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

    /** The headers of {@link #optionHeader}, with these options' values (read by their catalog names). */
    Map<String, Object> optionHeaders(Function<String, Object> options) {
        Map<String, Object> values = new LinkedHashMap<>();
        optionHeaders.forEach((header, option) -> values.put(header, options.apply(option)));
        return values;
    }

    /** The item's headers: its key, the option headers ({@link #optionHeaders}), then the item's own. */
    void setHeaders(Message message, T item, Map<String, Object> optionValues) {
        if (keyHeader != null) {
            message.setHeader(keyHeader, key.apply(item));
        }
        optionValues.forEach(message::setHeader);
        headers.accept(message, item);
    }
}
