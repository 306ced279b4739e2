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
    /** The checker this one checks a part of, null at the root; with {@link #name} and {@link #index} its path. */
    private final Checker parent;
    private final String name;
    /** The position in the parent's list ({@code name[index]}), or -1 for a nested object ({@code name}). */
    private final int index;

    public Checker(OperationCall call) {
        this(call, null, null, -1);
    }

    private Checker(OperationCall call, Checker parent, String name, int index) {
        this.call = call;
        this.parent = parent;
        this.name = name;
        this.index = index;
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
            if (element == null) {
                throw invalid(name + "[" + i + "]", "must not be null");
            }
            // the element's path ("subscribers[2].") is only spelled out when one of its fields fails
            check.accept(new Checker(call, this, name, i), element);
        }
        return this;
    }

    /** A checker for the fields of a nested object ({@code message.text}); a null object is not descended into. */
    public <E> Checker nested(String name, E value, BiConsumer<Checker, E> check) {
        if (value != null) {
            check.accept(new Checker(call, this, name, -1), value);
        }
        return this;
    }

    /** The error for a field this checker names, with where its value came from. */
    public MarTechInvalidInputException invalid(String name, String rule) {
        // an empty name is the element itself: im_channels[0], not im_channels[0].
        String prefix = prefix();
        String field = name.isEmpty() && prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix + name;
        return new MarTechInvalidInputException(field, rule, call == null ? null : call.sourceOf(field).describe());
    }

    /** The path of this checker's fields: {@code ""} at the root, {@code subscribers[2].} in a list's element. */
    private String prefix() {
        if (parent == null) {
            return "";
        }
        return parent.prefix() + name + (index >= 0 ? "[" + index + "]" : "") + ".";
    }
}
