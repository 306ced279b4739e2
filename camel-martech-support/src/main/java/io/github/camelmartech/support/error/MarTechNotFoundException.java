package io.github.camelmartech.support.error;

/** 404/410: the addressed resource does not exist. */
public class MarTechNotFoundException extends MarTechApiException {

    public MarTechNotFoundException(String vendor, ApiError error) {
        super(vendor, error);
    }
}
