package io.github.camelmartech.support.operation;

import java.util.List;
import java.util.function.BiConsumer;

import io.github.camelmartech.support.error.MarTechInvalidInputException;

/**
 * Applies {@link Rule}s to the fields of a request before it is sent, and fails on the first value that breaks one,
 * naming the field (with its position in lists: {@code subscribers[2].number}), the rule, and where the value came
 * from. Operations state their checks against it:
 * <pre>
 * c.field("message.text", r.getMessage().getText(), Rule.required());
 * c.each("subscribers", r.getSubscribers(), (s, recipient) -&gt; s.field("number", recipient.getNumber(), MSISDN));
 * </pre>
 */
public final class Checker {

    private final OperationCall call;
    private final String prefix;

    public Checker(OperationCall call) {
        this(call, "");
    }

    private Checker(OperationCall call, String prefix) {
        this.call = call;
        this.prefix = prefix;
    }

    /** Checks one value against the rules, in order; an empty name is the element this checker is for. */
    public Checker field(String name, Object value, Rule... rules) {
        for (Rule rule : rules) {
            String violation = rule.violation(value);
            if (violation != null) {
                throw invalid(name, violation);
            }
        }
        return this;
    }

    /** Checks each element of a list with the fields named inside it ({@code name[i].field}); null passes. */
    public <E> Checker each(String name, List<E> elements, BiConsumer<Checker, E> check) {
        if (elements == null) {
            return this;
        }
        for (int i = 0; i < elements.size(); i++) {
            E element = elements.get(i);
            String path = name + "[" + i + "]";
            if (element == null) {
                throw invalid(path, "must not be null");
            }
            check.accept(new Checker(call, prefix + path + "."), element);
        }
        return this;
    }

    /** A checker for the fields of a nested object ({@code message.text}); a null object is not descended into. */
    public <E> Checker nested(String name, E value, BiConsumer<Checker, E> check) {
        if (value != null) {
            check.accept(new Checker(call, prefix + name + "."), value);
        }
        return this;
    }

    /** The error for a field this checker names, with where its value came from. */
    public MarTechInvalidInputException invalid(String name, String rule) {
        // an empty name is the element itself: im_channels[0], not im_channels[0].
        String field = name.isEmpty() && prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix + name;
        return new MarTechInvalidInputException(field, rule, call == null ? null : call.sourceOf(field).describe());
    }
}
