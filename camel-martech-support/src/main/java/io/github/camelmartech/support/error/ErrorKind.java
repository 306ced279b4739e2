package io.github.camelmartech.support.error;

/** What went wrong, independent of vendor: decides the exception subclass a vendor error becomes. */
public enum ErrorKind {
    AUTHENTICATION,
    VALIDATION,
    NOT_FOUND,
    CONFLICT,
    RATE_LIMITED,
    SERVER,
    OTHER;

    /** The kind an HTTP status means when the vendor says nothing more specific. */
    public static ErrorKind ofStatus(int status) {
        return switch (status) {
            case 401, 403 -> AUTHENTICATION;
            case 400, 422 -> VALIDATION;
            case 404, 410 -> NOT_FOUND;
            case 409, 412 -> CONFLICT;
            case 429 -> RATE_LIMITED;
            default -> status >= 500 ? SERVER : OTHER;
        };
    }
}
