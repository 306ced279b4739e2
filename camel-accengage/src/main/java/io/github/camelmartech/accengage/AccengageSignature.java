package io.github.camelmartech.accengage;

import java.nio.charset.StandardCharsets;

import io.github.camelmartech.support.auth.Digests;

/**
 * {@code Accengage-Signature}: lower-case hex SHA-1 of the exact body bytes sent (empty for GET and DELETE; the
 * query is not signed), then the API key, then the {@code Accengage-Time} value.
 */
final class AccengageSignature {

    private AccengageSignature() {
    }

    static String sign(byte[] body, String apiKey, String time) {
        return Digests.hex("SHA-1", body, (apiKey + time).getBytes(StandardCharsets.UTF_8));
    }
}
