package io.github.camelmartech.accengage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * {@code Accengage-Signature}: lower-case hex SHA-1 of the exact body bytes sent (empty for GET and DELETE; the
 * query is not signed), then the API key, then the {@code Accengage-Time} value.
 */
final class AccengageSignature {

    private AccengageSignature() {
    }

    static String sign(byte[] body, String apiKey, String time) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(body);
            sha1.update((apiKey + time).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha1.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is a required JDK algorithm", e);
        }
    }
}
