package io.github.camelmartech.support.operation;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.json.IsoDates;

/**
 * Where an operation finds one input that is not the body (a path or query parameter): the first of its places that
 * has a value, e.g. the header {@code CamelApifonListId}, else the option {@code listId}. The value may be checked
 * ({@link #check}) and converted ({@link #map}, an MD5 of an email, a date in the vendor's format) before it is used.
 */
public final class Value {

    private interface Lookup {
        Sourced find(OperationCall call, Object body);

        String describe();
    }

    private final List<Lookup> lookups;
    private final List<Rule> rules;
    private final BiFunction<Object, OperationCall, Object> mapping;
    private final Object fallback;

    private Value(List<Lookup> lookups, List<Rule> rules, BiFunction<Object, OperationCall, Object> mapping,
                  Object fallback) {
        this.lookups = lookups;
        this.rules = rules;
        this.mapping = mapping;
        this.fallback = fallback;
    }

    /** Always this value (a fixed query parameter). */
    public static Value constant(Object value) {
        return new Value(List.of(), List.of(), null, value);
    }

    public static Value header(String name) {
        return new Value(List.of(), List.of(), null, null).orHeader(name);
    }

    public static Value option(String name) {
        return new Value(List.of(), List.of(), null, null).orOption(name);
    }

    /** A field of the bound body, read by {@code getter} (typed as the operation's body). */
    public static <B> Value body(String field, Function<B, ?> getter) {
        return new Value(List.of(), List.of(), null, null).orBody(field, getter);
    }

    public Value orHeader(String name) {
        return with(new Lookup() {
            @Override
            public Sourced find(OperationCall call, Object body) {
                // a header set to blank is a value (and fails its checks), not an absent one
                Object v = call.in().getHeader(name);
                return v != null ? Sourced.header(name, v) : null;
            }

            @Override
            public String describe() {
                return "header " + name;
            }
        });
    }

    public Value orOption(String name) {
        return with(new Lookup() {
            @Override
            public Sourced find(OperationCall call, Object body) {
                Object v = call.option(name);
                return OperationCall.present(v) ? Sourced.option(name, v) : null;
            }

            @Override
            public String describe() {
                return "option " + name;
            }
        });
    }

    @SuppressWarnings("unchecked")
    public <B> Value orBody(String field, Function<B, ?> getter) {
        return with(new Lookup() {
            @Override
            public Sourced find(OperationCall call, Object body) {
                Object v = body == null ? null : getter.apply((B) body);
                return OperationCall.present(v) ? Sourced.body(field, v) : null;
            }

            @Override
            public String describe() {
                return "body field " + field;
            }
        });
    }

    /**
     * The message body itself when it is a non-blank String, trimmed: for operations without a request body whose one
     * input may be sent as the whole body (an id, a code).
     */
    public Value orStringBody() {
        return with(new Lookup() {
            @Override
            public Sourced find(OperationCall call, Object body) {
                Object message = call.in().getBody();
                return message instanceof String s && !s.isBlank() ? Sourced.body("", s.trim()) : null;
            }

            @Override
            public String describe() {
                return "a String body";
            }
        });
    }

    /** The value used when no place has one (a documented default, a first page). */
    public Value orElse(Object value) {
        return new Value(lookups, rules, mapping, value);
    }

    /** Rules the found value must follow (checked before {@link #map}). */
    public Value check(Rule... more) {
        List<Rule> all = new ArrayList<>(rules);
        all.addAll(List.of(more));
        return new Value(lookups, List.copyOf(all), mapping, fallback);
    }

    /** Converts the found value (after its checks) into what is sent. */
    public Value map(Function<Object, Object> f) {
        return map((value, call) -> f.apply(value));
    }

    /**
     * Converts the found value with what the call knows (an endpoint option such as a time zone, say) into what is
     * sent; runs after the checks and after any earlier mapping.
     */
    public Value map(BiFunction<Object, OperationCall, Object> f) {
        BiFunction<Object, OperationCall, Object> all = mapping == null ? f
                : (value, call) -> f.apply(mapping.apply(value, call), call);
        return new Value(lookups, rules, all, fallback);
    }

    /**
     * A date sent as text in {@code pattern}: an instant is written in the zone of option {@code zoneOption} (UTC when
     * unset), a local date or date-time as it is, text as it is, trimmed (see {@link IsoDates#format(Object,
     * DateTimeFormatter, ZoneId)}; check its form with {@link Rule#date}).
     */
    public Value date(DateTimeFormatter pattern, String zoneOption) {
        return map((value, call) -> IsoDates.format(value, pattern, zone(call.option(zoneOption), zoneOption)));
    }

    private static ZoneId zone(Object option, String name) {
        String id = option == null ? "" : option.toString();
        try {
            return ZoneId.of(id.isBlank() ? "UTC" : id);
        } catch (RuntimeException e) {
            throw new MarTechInvalidInputException(name, "must be a time zone id such as UTC or Europe/Stockholm",
                    "option " + name);
        }
    }

    private Value with(Lookup lookup) {
        List<Lookup> all = new ArrayList<>(lookups);
        all.add(lookup);
        return new Value(List.copyOf(all), rules, mapping, fallback);
    }

    /** The value to send, or null when no place has one and there is no fallback. */
    public Object resolve(String name, OperationCall call, Object body) {
        Sourced found = null;
        for (Lookup lookup : lookups) {
            found = lookup.find(call, body);
            if (found != null) {
                break;
            }
        }
        return found == null ? fallback : accept(name, found, call);
    }

    /** A value found for this parameter (here or elsewhere, say the query header): checked, then converted. */
    Object accept(String name, Sourced found, OperationCall call) {
        for (Rule rule : rules) {
            String violation = rule.violation(found.value());
            if (violation != null) {
                throw new MarTechInvalidInputException(name, violation, found.describe());
            }
        }
        return mapping == null ? found.value() : mapping.apply(found.value(), call);
    }

    /** The value to send; its absence is an error naming every place it may come from. */
    public Object require(String name, OperationCall call, Object body) {
        Object value = resolve(name, call, body);
        if (!OperationCall.present(value)) {
            throw new MarTechInvalidInputException(name, "is required (" + places() + ")");
        }
        return value;
    }

    /** Where the value may come from, in words: {@code header CamelApifonListId or option listId}. */
    public String places() {
        return lookups.stream().map(Lookup::describe).collect(Collectors.joining(" or "));
    }
}
