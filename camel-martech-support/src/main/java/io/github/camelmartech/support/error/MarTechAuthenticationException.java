package io.github.camelmartech.support.error;

/** 401/403 or the vendor's auth codes: wrong or expired credentials, missing scope. */
public class MarTechAuthenticationException extends MarTechApiException {

    public MarTechAuthenticationException(String vendor, ApiError error) {
        super(vendor, error);
    }
}
