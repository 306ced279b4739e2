package io.github.camelmartech.support.error;

/** 5xx: the vendor failed; retried where safe before this is thrown. */
public class MarTechServerException extends MarTechApiException {

    public MarTechServerException(String vendor, ApiError error) {
        super(vendor, error);
    }
}
