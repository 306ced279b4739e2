package io.github.camelmartech.apsis;

import io.github.camelmartech.support.error.ErrorKind;
import io.github.camelmartech.support.http.ErrorRules;
import io.github.camelmartech.support.http.JsonErrorDecoder;

/**
 * The APSIS envelope {@code {Code, Message, Result}}: {@code Code < 0} is a failure whatever the HTTP status says
 * (APSIS mirrors the code in the status, but a proxy or an old endpoint may answer 200), mapped by the documented
 * table to a typed exception with {@code Message} as the vendor message; -5/-6/-9 are refusals the retry policy
 * retries. Responses without an envelope (a PollURL or DataUrl file, an HTML error page) fall back to the status.
 */
final class ApsisErrorDecoder extends JsonErrorDecoder {

    ApsisErrorDecoder() {
        super(new ErrorRules()
                // the envelope's Code says so: one field of a 2xx is read, no tree of every page just to read it;
                // inside a 2xx (a proxy, an old endpoint), the status is the one the table pairs the code with
                .codeIn2xx("/Code", code -> code.matches("-\\d+"))
                .messageAt("/Message")
                .codeAt("/Code")
                // the Code table, as documented (Getting started, "Code and HTTP Status Code"): the HTTP status APSIS
                // pairs each code with, and what it means
                .code("-1", 500, ErrorKind.SERVER)
                .code("-2", 400, ErrorKind.VALIDATION)
                .code("-3", 404, ErrorKind.NOT_FOUND)
                .code("-4", 401, ErrorKind.AUTHENTICATION)
                .code("-5", 503, ErrorKind.SERVER)
                .code("-6", 503, ErrorKind.SERVER)
                // documented with 503, but a badly formatted request is the caller's error and will fail again as
                // sent: a validation error (kept with the 503 it came with), never retried as an unavailable server
                .code("-7", 400, ErrorKind.VALIDATION)
                .code("-8", 405, ErrorKind.OTHER)
                .code("-9", 429, ErrorKind.RATE_LIMITED)
                // busy, API disabled and rate limited: "try later" refusals the retry policy honours
                .retryable("-5", "-6", "-9"));
    }
}
