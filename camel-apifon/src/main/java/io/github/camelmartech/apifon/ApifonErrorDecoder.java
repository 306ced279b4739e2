package io.github.camelmartech.apifon;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.support.error.ApiError;
import io.github.camelmartech.support.error.ErrorKind;
import io.github.camelmartech.support.http.ApiResponse;
import io.github.camelmartech.support.http.ErrorRules;
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

    ApifonErrorDecoder() {
        super(new ErrorRules()
                // a gateway answer with HTTP 2xx but an error in result_info.status_code (401/403 per the docs)
                .statusIn2xx("/result_info/status_code")
                .messageAt("/title", "/result_info/description")
                .codeAt("/status", "/result_info/status_code")
                .requestIdAt("/error_report_code", "/request_id")
                .detailsAt("/error_details")
                // Apifon's 403 is a refusal of the values sent; other statuses mean what HTTP says
                .statusKind(403, ErrorKind.VALIDATION));
    }

    /** Not a JSON object: the documented samples (unquoted values), scanned for their fields. */
    @Override
    protected void decodeNonObject(ApiResponse response, JsonNode body, ApiError.Builder error) {
        if (response.hasBody()) {
            decodeLeniently(response.bodyAsString(), error);
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

    private static String shorten(String text) {
        String t = text.strip();
        return t.length() <= 200 ? t : t.substring(0, 200) + "...";
    }
}
