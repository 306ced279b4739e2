package io.github.camelmartech.getresponse;

import java.time.Clock;

import io.github.camelmartech.support.error.ErrorKind;
import io.github.camelmartech.support.http.ErrorRules;
import io.github.camelmartech.support.http.JsonErrorDecoder;

/**
 * GetResponse's error body {@code {httpStatus, code, codeDescription, message, moreInfo, context, uuid}}: the
 * numeric {@code code} decides the kind where it says more than the status, the {@code uuid} is the request id a
 * support ticket quotes, and code 1015 (quota reached) is a refusal whose {@code context.timeToReset} is the wait,
 * also in the {@code "1 seconds"} form GetResponse sends. A 403 whose code is not an authentication one is a
 * refusal of the request (validation), not an authentication failure.
 */
final class GetResponseErrorDecoder extends JsonErrorDecoder {

    static final String QUOTA_REACHED = "1015";

    GetResponseErrorDecoder(Clock clock) {
        super(new ErrorRules()
                .requestIdAt("/uuid")
                .kind(ErrorKind.AUTHENTICATION, "1014", "1017", "1018")
                .kind(ErrorKind.RATE_LIMITED, QUOTA_REACHED)
                .kind(ErrorKind.NOT_FOUND, "1013")
                .kind(ErrorKind.CONFLICT, "1008", "1009", "1011")
                .kind(ErrorKind.VALIDATION, "1000", "1001", "1002", "1003", "1004", "1005", "1006", "1007", "1012", "1021")
                .retryable(QUOTA_REACHED)
                .retryAfterAt("/context/timeToReset", clock)
                // the conventions page: 403 is "normally possible, but for some other reason we cannot do that", a
                // refusal of this request, not of the credentials (those come with the codes 1014, 1017, 1018)
                .statusKind(403, ErrorKind.VALIDATION));
    }
}
