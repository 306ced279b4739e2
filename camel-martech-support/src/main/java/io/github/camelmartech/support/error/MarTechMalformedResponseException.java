package io.github.camelmartech.support.error;

import org.apache.camel.RuntimeCamelException;

/**
 * A response the vendor contract does not allow: not JSON where JSON was expected (an HTML page from a proxy,
 * a truncated body), or JSON of the wrong shape. Keeps the status and the start of the body for diagnosis.
 */
public class MarTechMalformedResponseException extends RuntimeCamelException {

    private final int status;
    private final String bodyStart;

    public MarTechMalformedResponseException(String message, int status, String bodyStart, Throwable cause) {
        super(message + " (HTTP " + status + (bodyStart.isEmpty() ? ", empty body)" : ", body starts: " + bodyStart + ")"),
              cause);
        this.status = status;
        this.bodyStart = bodyStart;
    }

    public int getStatus() {
        return status;
    }

    public String getBodyStart() {
        return bodyStart;
    }
}
