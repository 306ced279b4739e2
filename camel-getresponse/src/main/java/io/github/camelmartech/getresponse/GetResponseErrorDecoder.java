package io.github.camelmartech.getresponse;

import java.time.Clock;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.support.error.ApiError;
import io.github.camelmartech.support.error.ErrorKind;
import io.github.camelmartech.support.http.ApiResponse;
import io.github.camelmartech.support.http.JsonErrorDecoder;
import io.github.camelmartech.support.retry.RetryAfter;

/**
 * GetResponse's error body {@code {httpStatus, code, codeDescription, message, moreInfo, context, uuid}}: the
 * numeric {@code code} decides the kind where it says more than the status, the {@code uuid} is the request id a
 * support ticket quotes, and code 1015 (quota reached) is a refusal whose {@code context.timeToReset} is the wait,
 * also in the {@code "1 seconds"} form GetResponse sends. A 403 whose code is not an authentication one is a
 * refusal of the request (validation), not an authentication failure.
 */
final class GetResponseErrorDecoder extends JsonErrorDecoder {

    static final String QUOTA_REACHED = "1015";

    private final Clock clock;

    GetResponseErrorDecoder(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void decodeBody(JsonNode body, ApiError.Builder error) {
        super.decodeBody(body, error);
        String uuid = body.path("uuid").asText(null);
        if (uuid != null && !uuid.isBlank()) {
            error.requestId(uuid);
        }
        String code = body.path("code").asText("");
        ErrorKind kind = kindOf(code);
        if (kind != null) {
            error.kind(kind);
        }
        if (QUOTA_REACHED.equals(code)) {
            error.retryable(true);
            Duration wait = RetryAfter.parse(body.path("context").path("timeToReset").asText(null), clock);
            if (wait != null) {
                error.retryAfter(wait);
            }
        }
    }

    @Override
    public ApiError decode(ApiResponse response) {
        ApiError error = super.decode(response);
        if (error != null && error.status() == 403 && kindOf(error.vendorCode() == null ? "" : error.vendorCode()) == null) {
            // the conventions page: 403 is "normally possible, but for some other reason we cannot do that", a
            // refusal of this request, not of the credentials (those come with the codes 1014, 1017, 1018)
            return error.toBuilder().kind(ErrorKind.VALIDATION).build();
        }
        return error;
    }

    /** The kind a vendor code means regardless of the status it came with; null to keep the status's. */
    static ErrorKind kindOf(String code) {
        return switch (code) {
            case "1014", "1017", "1018" -> ErrorKind.AUTHENTICATION;
            case "1015" -> ErrorKind.RATE_LIMITED;
            case "1013" -> ErrorKind.NOT_FOUND;
            case "1008", "1009", "1011" -> ErrorKind.CONFLICT;
            case "1000", "1001", "1002", "1003", "1004", "1005", "1006", "1007", "1012", "1021" -> ErrorKind.VALIDATION;
            default -> null;
        };
    }
}
