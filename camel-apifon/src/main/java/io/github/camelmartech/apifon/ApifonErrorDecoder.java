package io.github.camelmartech.apifon;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.support.error.ApiError;
import io.github.camelmartech.support.error.ErrorKind;
import io.github.camelmartech.support.http.ApiResponse;
import io.github.camelmartech.support.http.JsonErrorDecoder;

/**
 * Apifon's error bodies: {@code {"status":"400","title":...,"error_details":{field: message},
 * "error_report_code":...}} for the REST resources, and {@code result_info{status_code, description}} for the
 * gateway ones (SMS, IM, OTP). The documented samples are not valid JSON (unquoted values), so a body Jackson
 * cannot read is scanned for those fields instead of being dropped.
 *
 * <p>403 means invalid or illegal values (the reference's status table; gateways: wrong parameters), so it is a
 * validation error carrying {@code result_info} and {@code error_details}, not an authentication failure. Calls whose
 * 403 is a result (OTP verification) say so themselves ({@code ApiRequest.resultStatus}).
 */
final class ApifonErrorDecoder extends JsonErrorDecoder {

    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"?(\\d{3})");
    private static final Pattern TITLE = Pattern.compile("\"title\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern REPORT_CODE = Pattern.compile("\"error_report_code\"\\s*:\\s*\"?([\\w-]+)");
    private static final Pattern DETAILS = Pattern.compile("\"error_details\"\\s*:\\s*\\{(.*?)}", Pattern.DOTALL);
    private static final Pattern DETAIL
            = Pattern.compile("\"([^\"]+)\"\\s*:\\s*(?:\"([^\"]*)\"|([^,}\\n]+))");

    @Override
    public ApiError decode(ApiResponse response) {
        if (response.isSuccess()) {
            // one field tells a gateway failure: read it, not a tree of every answer (a 200-item page)
            return gatewayStatus(response.jsonAt("/result_info/status_code")) < 400 ? null
                    : gatewayFailure(response, tryJson(response));
        }
        JsonNode body = tryJson(response);
        ApiError.Builder error = builder(response.status()).requestId(requestId(response));
        if (body != null && body.isObject()) {
            decodeBody(body, error);
        } else if (response.hasBody()) {
            decodeLeniently(response.bodyAsString(), error);
        }
        return error.build();
    }

    @Override
    protected void decodeBody(JsonNode body, ApiError.Builder error) {
        JsonNode info = body.path("result_info");
        if (body.hasNonNull("title")) {
            error.vendorMessage(body.get("title").asText());
        } else if (info.hasNonNull("description")) {
            error.vendorMessage(info.get("description").asText());
        }
        if (body.hasNonNull("status")) {
            error.vendorCode(body.get("status").asText());
        } else if (info.hasNonNull("status_code")) {
            error.vendorCode(info.get("status_code").asText());
        }
        body.path("error_details").fields().forEachRemaining(e -> error.detail(e.getKey(), toPlain(e.getValue())));
        String reportCode = body.path("error_report_code").asText(null);
        String requestId = body.path("request_id").asText(null);
        if (reportCode != null) {
            error.requestId(reportCode);
        } else if (requestId != null) {
            error.requestId(requestId);
        }
    }

    private static void decodeLeniently(String text, ApiError.Builder error) {
        Matcher title = TITLE.matcher(text);
        error.vendorMessage(title.find() ? title.group(1) : shorten(text));
        Matcher status = STATUS.matcher(text);
        if (status.find()) {
            error.vendorCode(status.group(1));
        }
        Matcher report = REPORT_CODE.matcher(text);
        if (report.find()) {
            error.requestId(report.group(1));
        }
        Matcher details = DETAILS.matcher(text);
        if (details.find()) {
            Matcher detail = DETAIL.matcher(details.group(1));
            while (detail.find()) {
                String value = detail.group(2) != null ? detail.group(2) : detail.group(3).trim();
                error.detail(detail.group(1), value);
            }
        }
    }

    /** A gateway answer with HTTP 2xx but an error in {@code result_info.status_code} (401/403 per the docs). */
    private ApiError gatewayFailure(ApiResponse response, JsonNode body) {
        if (body == null || !body.isObject()) {
            return null;
        }
        int status = gatewayStatus(body.path("result_info").path("status_code"));
        if (status < 400) {
            return null;
        }
        ApiError.Builder error = builder(status).requestId(requestId(response));
        decodeBody(body, error);
        return error.build();
    }

    private static int gatewayStatus(JsonNode code) {
        return code.isNumber() ? code.asInt() : code.asText("").matches("\\d{3}") ? Integer.parseInt(code.asText()) : 0;
    }

    /** Apifon's 403 is a refusal of the values sent; other statuses mean what HTTP says. */
    private static ApiError.Builder builder(int status) {
        ApiError.Builder error = ApiError.builder(status);
        return status == 403 ? error.kind(ErrorKind.VALIDATION) : error;
    }

    private static String shorten(String text) {
        String t = text.strip();
        return t.length() <= 200 ? t : t.substring(0, 200) + "...";
    }

    /** The response's own tree (parsed once, shared with the paginator and the typed mapping), or null. */
    private static JsonNode tryJson(ApiResponse response) {
        try {
            return response.json();
        } catch (Exception e) {
            return null;
        }
    }
}
