package io.github.camelmartech.apsis;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.support.error.ApiError;
import io.github.camelmartech.support.error.ErrorKind;
import io.github.camelmartech.support.http.ApiResponse;
import io.github.camelmartech.support.http.JsonErrorDecoder;
import io.github.camelmartech.support.json.MarTechJson;

/**
 * The APSIS envelope {@code {Code, Message, Result}}: {@code Code < 0} is a failure whatever the HTTP status says
 * (APSIS mirrors the code in the status, but a proxy or an old endpoint may answer 200), mapped by the documented
 * table to a typed exception with {@code Message} as the vendor message; -5/-6/-9 are refusals the retry policy
 * retries. Responses without an envelope (a PollURL or DataUrl file, an HTML error page) fall back to the status.
 */
final class ApsisErrorDecoder extends JsonErrorDecoder {

    @Override
    public ApiError decode(ApiResponse response) {
        if (response.isSuccess() && isSuccessCode(response.jsonAt("/Code"))) {
            return null; // the envelope's Code says so: no tree of every page just to read it
        }
        JsonNode body = tryJson(response);
        JsonNode code = body != null && body.isObject() ? body.get("Code") : null;
        if (code == null || !code.canConvertToInt() && !code.asText().matches("-?\\d+")) {
            return super.decode(response);
        }
        int value = code.asInt();
        if (value >= 0 && response.isSuccess()) {
            return null;
        }
        ApsisCode known = ApsisCode.of(value);
        // the status APSIS sent; inside a 2xx (a proxy, an old endpoint), the one the table pairs the code with
        int status = response.isSuccess() ? (known != null ? known.status : 500) : response.status();
        ApiError.Builder error = ApiError.builder(status).requestId(requestId(response))
                .vendorCode(String.valueOf(value))
                .vendorMessage(body.path("Message").asText(null))
                .kind(known != null && known.kind != null ? known.kind : ErrorKind.ofStatus(status))
                .retryable(known != null && known.retryable);
        if (status != response.status()) {
            error.detail("httpStatus", response.status());
        }
        JsonNode result = body.get("Result");
        if (result != null && !result.isNull()) {
            error.detail("Result", toPlain(result));
        }
        return error.build();
    }

    private static JsonNode tryJson(ApiResponse response) {
        try {
            return MarTechJson.readTree(response.body());
        } catch (Exception e) {
            return null;
        }
    }

    private static boolean isSuccessCode(JsonNode code) {
        return (code.canConvertToInt() || code.asText("").matches("-?\\d+")) && code.asInt() >= 0;
    }
}
