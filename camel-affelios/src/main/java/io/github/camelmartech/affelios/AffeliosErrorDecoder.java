package io.github.camelmartech.affelios;

import io.github.camelmartech.support.http.ErrorRules;
import io.github.camelmartech.support.http.JsonErrorDecoder;

/**
 * Affelios documents its status codes but not its error body; it looks like ASP.NET, so RFC 7807 problem details
 * ({@code title}, {@code detail}, {@code errors}, {@code traceId}) are read when present. The raw body is always kept
 * verbatim in the details under {@code body}, whatever its shape.
 */
final class AffeliosErrorDecoder extends JsonErrorDecoder {

    AffeliosErrorDecoder() {
        super(new ErrorRules().messageOf("/title", ": ", "/detail").requestIdAt("/traceId").keepRawBody());
    }
}
