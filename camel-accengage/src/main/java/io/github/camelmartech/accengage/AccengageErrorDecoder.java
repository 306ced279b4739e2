package io.github.camelmartech.accengage;

import io.github.camelmartech.support.error.ErrorKind;
import io.github.camelmartech.support.http.ErrorRules;
import io.github.camelmartech.support.http.JsonErrorDecoder;

/**
 * {@code {"errors":[{"label","message"}]}}, also wrapped in an outer array as the vendor's prose describes. The first
 * label is the vendor code, every message is kept (joined, and in the details), and the label decides the kind:
 * a token or signature problem is an authentication failure even when the status is 400.
 */
final class AccengageErrorDecoder extends JsonErrorDecoder {

    AccengageErrorDecoder() {
        super(new ErrorRules()
                .errorsAt("label", "message", "/errors", "/0/errors")
                .kind(ErrorKind.AUTHENTICATION, "API_ERR_TOKEN", "API_ERR_SIGNATURE", "API_ERR_FORBIDDEN")
                .kind(ErrorKind.VALIDATION, "API_ERR_FORMAT")
                .kind(ErrorKind.NOT_FOUND, "API_ERR_UNKNOW_ROUTE")
                .kind(ErrorKind.SERVER, "API_ERR_DB", "API_ERR_CACHE", "API_ERR_SERVICE", "API_ERR_UTIL",
                        "API_ERR_SUPPORT", "API_ERR_UNKNOWN"));
    }
}
