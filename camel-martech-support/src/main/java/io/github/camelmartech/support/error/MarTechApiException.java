package io.github.camelmartech.support.error;

import java.util.Map;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.HttpResponseAware;

/**
 * An error answered by a vendor API. Carries the HTTP status, the vendor's own code and message, the details of
 * its error body and the vendor's request id, so a route can branch with {@code onException} on the subclass and
 * a support ticket can quote the id. Implements {@link HttpResponseAware} so Camel's consumer health checks
 * report the status. Messages never contain credentials: the transport masks them before building this.
 */
public class MarTechApiException extends RuntimeCamelException implements HttpResponseAware {

    private final String vendor;
    private int status;
    private String statusText;
    private final String vendorCode;
    private final String vendorMessage;
    private final Map<String, Object> details;
    private final String requestId;

    public MarTechApiException(String vendor, ApiError error) {
        super(describe(vendor, error));
        this.vendor = vendor;
        this.status = error.status();
        this.vendorCode = error.vendorCode();
        this.vendorMessage = error.vendorMessage();
        this.details = error.details();
        this.requestId = error.requestId();
    }

    /** Builds the subclass that matches the error's kind. */
    public static MarTechApiException of(String vendor, ApiError error) {
        return switch (error.kind()) {
            case AUTHENTICATION -> new MarTechAuthenticationException(vendor, error);
            case VALIDATION -> new MarTechValidationException(vendor, error);
            case NOT_FOUND -> new MarTechNotFoundException(vendor, error);
            case CONFLICT -> new MarTechConflictException(vendor, error);
            case RATE_LIMITED -> new MarTechRateLimitedException(vendor, error, error.retryAfter());
            case SERVER -> new MarTechServerException(vendor, error);
            case OTHER -> new MarTechApiException(vendor, error);
        };
    }

    private static String describe(String vendor, ApiError error) {
        StringBuilder sb = new StringBuilder(vendor).append(" API error: HTTP ").append(error.status());
        if (error.vendorCode() != null) {
            sb.append(", code ").append(error.vendorCode());
        }
        if (error.vendorMessage() != null) {
            sb.append(": ").append(error.vendorMessage());
        }
        if (!error.details().isEmpty()) {
            sb.append(' ').append(error.details());
        }
        if (error.requestId() != null) {
            sb.append(" [request id ").append(error.requestId()).append(']');
        }
        return sb.toString();
    }

    public String getVendor() {
        return vendor;
    }

    /** The HTTP status of the response; 0 when the vendor signalled the error in a 2xx body. */
    public int getStatus() {
        return status;
    }

    public String getVendorCode() {
        return vendorCode;
    }

    public String getVendorMessage() {
        return vendorMessage;
    }

    public Map<String, Object> getDetails() {
        return details;
    }

    public String getRequestId() {
        return requestId;
    }

    @Override
    public int getHttpResponseCode() {
        return status;
    }

    @Override
    public void setHttpResponseCode(int code) {
        this.status = code;
    }

    @Override
    public String getHttpResponseStatus() {
        return statusText != null ? statusText : vendorMessage;
    }

    @Override
    public void setHttpResponseStatus(String status) {
        this.statusText = status;
    }
}
