package io.github.camelmartech.support.error;

/** 409/412: the resource exists already or changed since it was read. */
public class MarTechConflictException extends MarTechApiException {

    public MarTechConflictException(String vendor, ApiError error) {
        super(vendor, error);
    }
}
