package io.github.camelmartech.support.operation;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import io.github.camelmartech.support.error.MarTechInvalidInputException;

/**
 * A resource of a vendor ({@code apifon:sms}, {@code getresponse:contacts}): its operations by name, the one used
 * when a route names none, and, when its collections can be polled, how ({@link Poll}): the first poll stated is the
 * resource's, a consumer whose {@code operation} option names another polled operation walks that one (then the
 * poll's own variants may replace it, {@link Poll#chosen}).
 */
public final class Resource {

    private final String name;
    private final String description;
    private final Map<String, ApiOperation<?>> operations;
    private final String defaultOperation;
    private final Map<String, Poll<?>> polls;

    private Resource(Builder b) {
        this.name = b.name;
        this.description = b.description;
        Map<String, ApiOperation<?>> ops = new LinkedHashMap<>();
        b.operations.forEach((n, op) -> ops.put(n, op.build()));
        this.operations = Collections.unmodifiableMap(ops);
        this.defaultOperation = b.defaultOperation;
        this.polls = Collections.unmodifiableMap(new LinkedHashMap<>(b.polls));
        if (defaultOperation != null && !operations.containsKey(defaultOperation)) {
            throw new IllegalStateException("Resource " + name + ": default operation " + defaultOperation
                                            + " is not one of " + operations.keySet());
        }
        for (Poll<?> poll : polls.values()) {
            for (String op : poll.operations()) {
                if (!operations.containsKey(op)) {
                    throw new IllegalStateException("Resource " + name + ": polled operation " + op
                                                    + " is not one of " + operations.keySet());
                }
            }
        }
    }

    public static Builder named(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public Collection<ApiOperation<?>> operations() {
        return operations.values();
    }

    /** The default operation's name, or null when a route must name one. */
    public String defaultOperation() {
        return defaultOperation;
    }

    /** How a consumer polls the resource, or null when it cannot be polled. */
    public Poll<?> poll() {
        return polls.isEmpty() ? null : polls.values().iterator().next();
    }

    /**
     * How a consumer polls the collection of operation {@code operation}: the resource's poll for a null or blank
     * name, null when that operation is not polled.
     */
    public Poll<?> poll(String operation) {
        return operation == null || operation.isBlank() ? poll() : polls.get(operation);
    }

    /** The names of the polled operations. */
    public Set<String> polledOperations() {
        return polls.keySet();
    }

    /** The operation called {@code requested}, or the default one when none is named. */
    public ApiOperation<?> operation(String requested) {
        String effective = requested != null && !requested.isBlank() ? requested : defaultOperation;
        if (effective == null) {
            throw new MarTechInvalidInputException("operation", "is required for resource " + name + ": one of "
                                                                + operations.keySet());
        }
        ApiOperation<?> operation = operations.get(effective);
        if (operation == null) {
            throw new MarTechInvalidInputException("operation", "'" + effective + "' is not an operation of resource "
                                                                + name + ": one of " + operations.keySet());
        }
        return operation;
    }

    public static final class Builder {
        private final String name;
        private String description;
        private final Map<String, ApiOperation.Builder<?>> operations = new LinkedHashMap<>();
        private String defaultOperation;
        private final Map<String, Poll<?>> polls = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder operation(ApiOperation.Builder<?> operation) {
            if (operations.put(operation.name(), operation) != null) {
                throw new IllegalStateException("Resource " + name + ": operation " + operation.name() + " twice");
            }
            return this;
        }

        /** Adds the operation used when the route names none. */
        public Builder defaultOperation(ApiOperation.Builder<?> operation) {
            defaultOperation = operation.name();
            return operation(operation);
        }

        /** Whether an operation of this name is stated already (a table completing a resource from a document). */
        public boolean has(String operation) {
            return operations.containsKey(operation);
        }

        /** Whether the default operation is stated already. */
        public boolean hasDefault() {
            return defaultOperation != null;
        }

        /** A polled collection; the first one stated is the resource's (see {@link Resource#poll(String)}). */
        public Builder poll(Poll<?> poll) {
            if (polls.put(poll.operation(), poll) != null) {
                throw new IllegalStateException("Resource " + name + ": operation " + poll.operation() + " polled twice");
            }
            return this;
        }

        Resource build() {
            return new Resource(this);
        }

        /** Builds the resource after {@code common} stated on every operation what its table's operations share. */
        Resource build(Consumer<ApiOperation.Builder<?>> common) {
            operations.values().forEach(common);
            return build();
        }
    }
}
