package io.github.camelmartech.sandbox;

import java.time.Duration;

/**
 * A refusal a route raises (validation, not found, conflict); the simulator turns it into the vendor's own error
 * body for that status, so routes say what is wrong and the vendor's shape lives in one place.
 */
public final class SimulatorException extends RuntimeException {

    private final int status;
    private final String code;
    private final String field;
    private final Duration retryAfter;

    public SimulatorException(int status, String code, String field, String message) {
        this(status, code, field, message, null);
    }

    /** A refusal that asks the client to wait {@code retryAfter} (a planned 429 or 503); may be null. */
    public SimulatorException(int status, String code, String field, String message, Duration retryAfter) {
        super(message);
        this.status = status;
        this.code = code;
        this.field = field;
        this.retryAfter = retryAfter;
    }

    public static SimulatorException badRequest(String field, String message) {
        return new SimulatorException(400, null, field, message);
    }

    public static SimulatorException notFound(String what) {
        return new SimulatorException(404, null, null, what + " not found");
    }

    public static SimulatorException conflict(String field, String message) {
        return new SimulatorException(409, null, field, message);
    }

    public int status() {
        return status;
    }

    /** The vendor's error code or label, when the route names one; else the simulator picks it by status. */
    public String code() {
        return code;
    }

    /** The offending field, when there is one. */
    public String field() {
        return field;
    }

    /** The wait a throttling refusal asks for, for vendors that also put it in the body; null when none. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
