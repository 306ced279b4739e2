package io.github.camelmartech.apsis;

import java.util.Arrays;

import io.github.camelmartech.support.error.ErrorKind;

/**
 * The {@code Code} of the APSIS envelope, as documented (Getting started, "Code and HTTP Status Code"): the HTTP
 * status APSIS pairs it with, what it means, and whether it is a "try later" refusal the retry policy honours.
 */
enum ApsisCode {
    OK(1, 200, null, false),
    INTERNAL_ERROR(-1, 500, ErrorKind.SERVER, false),
    VALIDATION_ERROR(-2, 400, ErrorKind.VALIDATION, false),
    NOT_FOUND(-3, 404, ErrorKind.NOT_FOUND, false),
    UNAUTHORIZED(-4, 401, ErrorKind.AUTHENTICATION, false),
    BUSY(-5, 503, ErrorKind.SERVER, true),
    API_DISABLED(-6, 503, ErrorKind.SERVER, true),
    // documented with 503, but a badly formatted request is the caller's error and will fail again as sent: a
    // validation error (kept with the 503 it came with), never retried as an unavailable server
    BAD_REQUEST(-7, 400, ErrorKind.VALIDATION, false),
    METHOD_NOT_ALLOWED(-8, 405, ErrorKind.OTHER, false),
    RATE_LIMIT(-9, 429, ErrorKind.RATE_LIMITED, true);

    final int code;
    final int status;
    final ErrorKind kind;
    final boolean retryable;

    ApsisCode(int code, int status, ErrorKind kind, boolean retryable) {
        this.code = code;
        this.status = status;
        this.kind = kind;
        this.retryable = retryable;
    }

    /** The documented code, or null for one APSIS has not documented. */
    static ApsisCode of(int code) {
        return Arrays.stream(values()).filter(c -> c.code == code).findFirst().orElse(null);
    }
}
