package io.github.camelmartech.support.error;

/** 400/422: the vendor rejected the request content. */
public class MarTechValidationException extends MarTechApiException {

    public MarTechValidationException(String vendor, ApiError error) {
        super(vendor, error);
    }
}
