package io.github.camelmartech.apifon.model;

/** The result of an OTP verification, from {@code result_info.status_code} (the documented table, codes 0-7). */
public enum OtpStatus {
    /** 0: the code is valid. */
    VALID(0),
    /** 1: the code was already validated. */
    ALREADY_VALIDATED(1),
    /** 2: the request was declined. */
    DECLINED(2),
    /** 3: the reference id or the code is wrong. */
    NOT_FOUND(3),
    /** 4: no code was given. */
    NO_CODE(4),
    /** 5: no reference id was given. */
    NO_REFERENCE_ID(5),
    /** 6: the code expired. */
    EXPIRED(6),
    /** 7: the code is invalid. */
    INVALID(7),
    /** A code the documentation does not list. */
    UNKNOWN(-1);

    private final int code;

    OtpStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static OtpStatus ofCode(String statusCode) {
        if (statusCode != null && statusCode.trim().matches("\\d+")) {
            int value = Integer.parseInt(statusCode.trim());
            for (OtpStatus s : values()) {
                if (s.code == value) {
                    return s;
                }
            }
        }
        return UNKNOWN;
    }
}
