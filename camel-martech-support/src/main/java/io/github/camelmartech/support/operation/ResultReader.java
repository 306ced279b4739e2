package io.github.camelmartech.support.operation;

import io.github.camelmartech.support.http.ApiResponse;

/**
 * What a successful answer becomes on the message. The default binds the JSON straight from the bytes to the
 * operation's result type; a vendor with an envelope around every answer (APSIS's {@code Code}/{@code Result})
 * states its own.
 */
@FunctionalInterface
public interface ResultReader {

    ResultReader JSON = (response, operation, call) -> {
        if (!response.hasBody()) {
            if (operation.emptyResult != null) {
                return operation.emptyResult.apply(response);
            }
            if (response.status() == 204) {
                return null;
            }
            throw response.malformed("Expected a JSON body", null);
        }
        return response.as(operation.result);
    };

    Object read(ApiResponse response, ApiOperation<?> operation, OperationCall call);
}
