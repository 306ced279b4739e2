package io.github.camelmartech.support.component;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelmartech.support.error.MarTechInvalidInputException;

/** The operations of one resource, by name, with the one used when the route names none. */
public final class Operations {

    private final String resource;
    private final Map<String, Operation> byName;
    private final String defaultOperation;

    private Operations(String resource, Map<String, Operation> byName, String defaultOperation) {
        this.resource = resource;
        this.byName = byName;
        this.defaultOperation = defaultOperation;
    }

    public static Builder forResource(String resource) {
        return new Builder(resource);
    }

    /** The operation called {@code name}, or the default one when name is null. */
    public Operation resolve(String name) {
        String effective = name != null && !name.isBlank() ? name : defaultOperation;
        if (effective == null) {
            throw new MarTechInvalidInputException("operation", "is required for resource " + resource
                                                                + ": one of " + byName.keySet());
        }
        Operation operation = byName.get(effective);
        if (operation == null) {
            throw new MarTechInvalidInputException("operation", "'" + effective + "' is not an operation of resource "
                                                                + resource + ": one of " + byName.keySet());
        }
        return operation;
    }

    public java.util.Set<String> names() {
        return byName.keySet();
    }

    public static final class Builder {
        private final String resource;
        private final Map<String, Operation> byName = new LinkedHashMap<>();
        private String defaultOperation;

        private Builder(String resource) {
            this.resource = resource;
        }

        public Builder add(String name, Operation operation) {
            byName.put(name, operation);
            return this;
        }

        /** Adds the operation used when the route names none. */
        public Builder addDefault(String name, Operation operation) {
            defaultOperation = name;
            return add(name, operation);
        }

        public Operations build() {
            return new Operations(resource, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byName)),
                    defaultOperation);
        }
    }
}
