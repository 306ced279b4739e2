package io.github.camelmartech.affelios;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.support.error.ApiError;
import io.github.camelmartech.support.http.ApiResponse;
import io.github.camelmartech.support.http.JsonErrorDecoder;

/**
 * Affelios documents its status codes but not its error body; it looks like ASP.NET, so RFC 7807 problem details
 * ({@code title}, {@code detail}, {@code errors}, {@code traceId}) are read when present. The raw body is always kept
 * verbatim in the details under {@code body}, whatever its shape.
 */
final class AffeliosErrorDecoder extends JsonErrorDecoder {

    @Override
    public ApiError decode(ApiResponse response) {
        ApiError error = super.decode(response);
        if (error == null || !response.hasBody()) {
            return error;
        }
        return error.toBuilder().detail("body", response.bodyAsString()).build();
    }

    @Override
    protected void decodeBody(JsonNode body, ApiError.Builder error) {
        super.decodeBody(body, error);
        if (body.hasNonNull("detail") && body.hasNonNull("title")) {
            error.vendorMessage(body.get("title").asText() + ": " + body.get("detail").asText());
        }
        if (body.hasNonNull("traceId")) {
            error.requestId(body.get("traceId").asText());
        }
    }
}
