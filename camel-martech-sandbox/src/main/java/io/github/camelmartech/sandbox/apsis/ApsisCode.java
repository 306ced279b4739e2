package io.github.camelmartech.sandbox.apsis;

/**
 * The {@code Code} of APSIS's envelope and the HTTP status it is always paired with, as the "Code and HTTP Status
 * Code" table of Getting started lists them (-7 "Bad Request" really is documented with 503).
 */
enum ApsisCode {
    OK(1, 200, "OK"),
    INTERNAL_SERVER_ERROR(-1, 500, "Internal Server Error"),
    VALIDATION_ERROR(-2, 400, "Validation Error"),
    NOT_FOUND(-3, 404, "Not Found"),
    UNAUTHORIZED(-4, 401, "Unauthorized"),
    BUSY(-5, 503, "Busy"),
    API_DISABLED(-6, 503, "API Disabled"),
    BAD_REQUEST(-7, 503, "Bad Request"),
    METHOD_NOT_ALLOWED(-8, 405, "Method not allowed"),
    RATE_LIMIT(-9, 429, "Rate Limit");

    final int code;
    final int status;
    final String title;

    ApsisCode(int code, int status, String title) {
        this.code = code;
        this.status = status;
        this.title = title;
    }

    /** The code a route names ({@code "-7"}), else the one APSIS pairs with the HTTP status of a refusal. */
    static ApsisCode of(String code, int status) {
        for (ApsisCode c : values()) {
            if (code != null ? code.equals(Integer.toString(c.code)) : c.code < 0 && c.status == status) {
                return c;
            }
        }
        return status == 409 ? VALIDATION_ERROR : INTERNAL_SERVER_ERROR;
    }
}
