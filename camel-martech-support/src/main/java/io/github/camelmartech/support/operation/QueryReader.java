package io.github.camelmartech.support.operation;

import java.util.Map;

/**
 * How a vendor's query header ({@code Camel<Vendor>Query}) becomes the query parameters of an operation that takes it
 * ({@link ApiOperation.Builder#queryHeader}): by default the header is a {@code Map} of parameter to value. A vendor
 * whose queries have a shape of their own (GetResponse's {@code query[field]} filters and {@code sort[field]}
 * orders, from a query object or nested maps) states its reader on its table; the runner then refuses names the
 * operation does not allow, as for a plain map. Called for every such operation, also when the header is absent
 * ({@code header} null), so a reader may add the parameters an option implies.
 */
@FunctionalInterface
public interface QueryReader {

    /** The header as a Map (converted by Camel when it is not one); null when absent. */
    @SuppressWarnings("unchecked")
    QueryReader MAP = (header, call, operation) -> header == null ? null
            : call.in().getHeader(call.endpoint().operationTable().headers().query(), Map.class);

    /** The query parameters, by name, in the order they are sent; null or empty for none. */
    Map<String, ?> read(Object header, OperationCall call, ApiOperation<?> operation);
}
