package io.github.camelmartech.support.error;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A vendor error decoded from a response, before it becomes an exception. Vendor decoders fill in what their
 * error body carries; {@link #retryable()} marks vendor codes that mean "refused, try later" (APSIS -5/-6/-9,
 * GetResponse 1015) so the shared retry policy treats them like a 429.
 */
public final class ApiError {

    private final int status;
    private final String vendorCode;
    private final String vendorMessage;
    private final Map<String, Object> details;
    private final String requestId;
    private final ErrorKind kind;
    private final boolean retryable;
    private final Duration retryAfter;

    private ApiError(Builder b) {
        this.status = b.status;
        this.vendorCode = b.vendorCode;
        this.vendorMessage = b.vendorMessage;
        this.details = Collections.unmodifiableMap(new LinkedHashMap<>(b.details));
        this.requestId = b.requestId;
        this.kind = b.kind != null ? b.kind : ErrorKind.ofStatus(b.status);
        this.retryable = b.retryable;
        this.retryAfter = b.retryAfter;
    }

    public static Builder builder(int status) {
        return new Builder(status);
    }

    public int status() {
        return status;
    }

    public String vendorCode() {
        return vendorCode;
    }

    public String vendorMessage() {
        return vendorMessage;
    }

    public Map<String, Object> details() {
        return details;
    }

    public String requestId() {
        return requestId;
    }

    public ErrorKind kind() {
        return kind;
    }

    public boolean retryable() {
        return retryable;
    }

    /** The wait the vendor asked for in its body, if any (headers are read by the retry policy). */
    public Duration retryAfter() {
        return retryAfter;
    }

    public Builder toBuilder() {
        Builder b = new Builder(status);
        b.vendorCode = vendorCode;
        b.vendorMessage = vendorMessage;
        b.details.putAll(details);
        b.requestId = requestId;
        b.kind = kind;
        b.retryable = retryable;
        b.retryAfter = retryAfter;
        return b;
    }

    public static final class Builder {
        private final int status;
        private String vendorCode;
        private String vendorMessage;
        private final Map<String, Object> details = new LinkedHashMap<>();
        private String requestId;
        private ErrorKind kind;
        private boolean retryable;
        private Duration retryAfter;

        private Builder(int status) {
            this.status = status;
        }

        public Builder vendorCode(String vendorCode) {
            this.vendorCode = vendorCode;
            return this;
        }

        public Builder vendorMessage(String vendorMessage) {
            this.vendorMessage = vendorMessage;
            return this;
        }

        public Builder detail(String name, Object value) {
            if (value != null) {
                details.put(name, value);
            }
            return this;
        }

        public Builder details(Map<String, ?> values) {
            values.forEach(this::detail);
            return this;
        }

        public Builder requestId(String requestId) {
            this.requestId = requestId;
            return this;
        }

        public Builder kind(ErrorKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder retryable(boolean retryable) {
            this.retryable = retryable;
            return this;
        }

        public Builder retryAfter(Duration retryAfter) {
            this.retryAfter = retryAfter;
            return this;
        }

        public ApiError build() {
            return new ApiError(this);
        }
    }
}
