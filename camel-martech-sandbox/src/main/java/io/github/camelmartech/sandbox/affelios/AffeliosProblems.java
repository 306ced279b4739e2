package io.github.camelmartech.sandbox.affelios;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmartech.sandbox.SimJson;
import io.github.camelmartech.sandbox.SimResponse;

/**
 * Affelios' error bodies. INFERRED: Affelios documents its statuses but no error body; the API is ASP.NET, so this
 * is ASP.NET Core's RFC 7807 problem details ({@code application/problem+json}: {@code type}, {@code title},
 * {@code status}, {@code traceId}, and {@code errors{field:[message]}} for a validation failure).
 */
final class AffeliosProblems {

    static final String VALIDATION_TITLE = "One or more validation errors occurred.";

    private AffeliosProblems() {
    }

    /** A problem without detail, as ASP.NET writes it for a bare status (401, 404, ...). */
    static SimResponse status(int status) {
        return SimResponse.json(status, problem(status, title(status))).header("Content-Type", contentType());
    }

    /** A problem with a sentence saying what is wrong (a conflict, a business rule, a missing customer). */
    static SimResponse detailed(int status, String detail) {
        return SimResponse.json(status, problem(status, title(status)).put("detail", detail))
                .header("Content-Type", contentType());
    }

    /** ASP.NET's validation problem: every invalid field with its messages. */
    static SimResponse validation(Map<String, List<String>> errors) {
        ObjectNode body = problem(400, VALIDATION_TITLE);
        ObjectNode fields = body.putObject("errors");
        errors.forEach((field, messages) -> messages.forEach(fields.withArray(field)::add));
        return SimResponse.json(400, body).header("Content-Type", contentType());
    }

    private static ObjectNode problem(int status, String title) {
        return SimJson.object().put("type", type(status)).put("title", title).put("status", status)
                .put("traceId", traceId());
    }

    private static String contentType() {
        return "application/problem+json; charset=utf-8";
    }

    /** A W3C trace context id, as ASP.NET Core puts in {@code traceId}: 00-{32 hex}-{16 hex}-00. */
    private static String traceId() {
        byte[] random = new byte[24];
        ThreadLocalRandom.current().nextBytes(random);
        String hex = HexFormat.of().formatHex(random);
        return "00-" + hex.substring(0, 32) + "-" + hex.substring(32) + "-00";
    }

    private static String type(int status) {
        return switch (status) {
            case 400 -> "https://tools.ietf.org/html/rfc9110#section-15.5.1";
            case 401 -> "https://tools.ietf.org/html/rfc9110#section-15.5.2";
            case 403 -> "https://tools.ietf.org/html/rfc9110#section-15.5.4";
            case 404 -> "https://tools.ietf.org/html/rfc9110#section-15.5.5";
            case 409 -> "https://tools.ietf.org/html/rfc9110#section-15.5.10";
            case 422 -> "https://tools.ietf.org/html/rfc9110#section-15.5.21";
            case 429 -> "https://tools.ietf.org/html/rfc6585#section-4";
            case 503 -> "https://tools.ietf.org/html/rfc9110#section-15.6.4";
            default -> "https://tools.ietf.org/html/rfc9110#section-15.6.1";
        };
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            case 422 -> "Unprocessable Entity";
            case 429 -> "Too Many Requests";
            case 503 -> "Service Unavailable";
            default -> "An error occurred while processing your request.";
        };
    }
}
