package io.github.camelmartech.support.auth;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Message digests as vendors write them in signatures and ids: lower-case hex. */
public final class Digests {

    private Digests() {
    }

    /**
     * The lower-case hex digest of the parts, in order, with a JDK algorithm every Java platform has ({@code MD5},
     * {@code SHA-1}, {@code SHA-256}).
     */
    public static String hex(String algorithm, byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance(algorithm);
            for (byte[] part : parts) {
                digest.update(part);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is a required JDK algorithm", e);
        }
    }
}
