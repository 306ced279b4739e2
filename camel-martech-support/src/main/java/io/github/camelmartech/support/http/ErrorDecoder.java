package io.github.camelmartech.support.http;

import io.github.camelmartech.support.error.ApiError;

/**
 * A vendor's knowledge of its error responses. Returns null when the response is a success; a vendor that
 * reports errors inside 2xx bodies (APSIS {@code Code < 0}) returns an error for those too.
 */
@FunctionalInterface
public interface ErrorDecoder {

    ApiError decode(ApiResponse response);
}
