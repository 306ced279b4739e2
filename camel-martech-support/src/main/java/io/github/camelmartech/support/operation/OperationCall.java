package io.github.camelmartech.support.operation;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import io.github.camelmartech.support.component.MarTechEndpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * One run of an operation: the exchange it reads, the endpoint whose options it falls back to, and what it learnt on
 * the way about where each value came from (a default filled in from a header, say), so that a failing check can
 * name the header or option and not only the field.
 */
public final class OperationCall {

    private final Exchange exchange;
    private final MarTechEndpoint<?> endpoint;
    private final Map<String, Sourced> filled = new HashMap<>(4);

    public OperationCall(Exchange exchange, MarTechEndpoint<?> endpoint) {
        this.exchange = exchange;
        this.endpoint = endpoint;
    }

    public Exchange exchange() {
        return exchange;
    }

    public Message in() {
        return exchange.getMessage();
    }

    public MarTechEndpoint<?> endpoint() {
        return endpoint;
    }

    /** A header converted to {@code type}, or null. */
    public <T> T header(String name, Class<T> type) {
        return in().getHeader(name, type);
    }

    /** An endpoint option by its catalog name ({@code senderId}), read through the generated configurer. */
    public Object option(String name) {
        return endpoint.option(name);
    }

    /** The header when set (and not blank), else the option; null with neither. */
    public Sourced headerOrOption(String header, String option) {
        Sourced fromHeader = fromHeader(header);
        return fromHeader != null ? fromHeader : fromOption(option);
    }

    /** The header with its source when set (and not blank); null otherwise. */
    public Sourced fromHeader(String header) {
        Object value = in().getHeader(header);
        return present(value) ? Sourced.header(header, value) : null;
    }

    /** The option with its source when set (and not blank); null otherwise. */
    public Sourced fromOption(String option) {
        Object value = option(option);
        return present(value) ? Sourced.option(option, value) : null;
    }

    /**
     * Fills an absent body field from a header or option: when {@code current} is null and {@code from} is not,
     * hands its value to {@code setter} and remembers where field {@code field} came from.
     */
    public void fill(String field, Object current, Sourced from, Consumer<Sourced> setter) {
        if (current == null && from != null) {
            setter.accept(from);
            filled.put(field, from);
        }
    }

    /** Records that a body field holds a value from elsewhere (see {@link #sourceOf}). */
    public void filled(String field, Sourced from) {
        filled.put(field, from);
    }

    /**
     * Where the value of a body field came from: the source recorded for it or for the nearest enclosing field
     * ({@code subscribers} for {@code subscribers[0].number}), else the body itself.
     */
    public Sourced sourceOf(String field) {
        String path = field;
        while (true) {
            Sourced s = filled.get(path);
            if (s != null) {
                return s;
            }
            int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            if (cut <= 0) {
                return Sourced.body("", null);
            }
            path = path.substring(0, cut);
        }
    }

    static boolean present(Object value) {
        return value != null && !(value instanceof CharSequence s && s.toString().isBlank());
    }
}
