package io.github.camelmartech.support.operation;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import io.github.camelmartech.support.component.MarTechHeaders;
import io.github.camelmartech.support.error.MarTechInvalidInputException;

/**
 * Everything a vendor module knows about its API's operations: its resources with their operations, the headers it
 * reads, and how its answers are read. The producer, the polling consumer, the catalog's {@code operation} enum and
 * the docs' operation tables all come from it.
 */
public final class OperationTable {

    private final String vendor;
    private final MarTechHeaders headers;
    private final Map<String, Resource> resources;
    private final ResultReader reader;
    private final QueryReader queryReader;

    private OperationTable(Builder b) {
        this.vendor = b.vendor;
        this.headers = b.headers;
        Map<String, Resource> built = new LinkedHashMap<>();
        for (Resource.Builder r : b.resources) {
            Resource resource = r.build(op -> op.inherit(b.requestHeaders, b.queryHeader, b.pathValues));
            if (built.put(resource.name(), resource) != null) {
                throw new IllegalStateException(vendor + ": resource " + resource.name() + " twice");
            }
        }
        this.resources = Collections.unmodifiableMap(built);
        this.reader = b.reader;
        this.queryReader = b.queryReader;
    }

    public static Builder vendor(String vendor, MarTechHeaders headers) {
        return new Builder(vendor, headers);
    }

    /** A vendor's table reading the headers named after it as its Constants class does ({@link MarTechHeaders#of}). */
    public static Builder vendor(String vendor) {
        return vendor(vendor, MarTechHeaders.of(vendor));
    }

    public String vendor() {
        return vendor;
    }

    public MarTechHeaders headers() {
        return headers;
    }

    public ResultReader reader() {
        return reader;
    }

    /** How the query header becomes query parameters ({@link QueryReader#MAP} unless the vendor states one). */
    public QueryReader queryReader() {
        return queryReader;
    }

    public Collection<Resource> resources() {
        return resources.values();
    }

    /** The resource of an endpoint URI; an unknown one is named with the list of those that exist. */
    public Resource resource(String name) {
        Resource resource = name == null ? null : resources.get(name);
        if (resource == null) {
            throw new MarTechInvalidInputException("resource", "must be one of " + resources.keySet()
                                                               + (name == null ? "" : " (not '" + name + "')"));
        }
        return resource;
    }

    /** Every operation name of every resource: the catalog's {@code operation} enum. */
    public SortedSet<String> operationNames() {
        SortedSet<String> names = new TreeSet<>();
        resources.values().forEach(r -> r.operations().forEach(op -> names.add(op.name())));
        return names;
    }

    public static final class Builder {
        private final String vendor;
        private final MarTechHeaders headers;
        private final java.util.List<Resource.Builder> resources = new java.util.ArrayList<>();
        private ResultReader reader = ResultReader.JSON;
        private QueryReader queryReader = QueryReader.MAP;
        private final Map<String, String> requestHeaders = new LinkedHashMap<>();
        private boolean queryHeader;
        private final Map<String, Value> pathValues = new LinkedHashMap<>();

        private Builder(String vendor, MarTechHeaders headers) {
            this.vendor = vendor;
            this.headers = headers;
        }

        public Builder resource(Resource.Builder resource) {
            resources.add(resource);
            return this;
        }

        public Builder reader(ResultReader reader) {
            this.reader = reader;
            return this;
        }

        public Builder queryReader(QueryReader queryReader) {
            this.queryReader = queryReader;
            return this;
        }

        /** A request header every operation of the table sends, unless it states that header itself. */
        public Builder header(String name, String value) {
            requestHeaders.put(name, value);
            return this;
        }

        /**
         * Where path parameter {@code {name}} comes from in every operation of the table whose path has it and that
         * states no source of its own (a vendor whose ids come from the headers named after them).
         */
        public Builder path(String parameter, Value value) {
            pathValues.put(parameter, value);
            return this;
        }

        /**
         * Every operation of the table also sends the entries of the vendor's query header (see
         * {@link ApiOperation.Builder#queryHeader(String...)}); one that limits them to names of its own keeps its limit.
         */
        public Builder queryHeader() {
            this.queryHeader = true;
            return this;
        }

        public OperationTable build() {
            return new OperationTable(this);
        }
    }
}
