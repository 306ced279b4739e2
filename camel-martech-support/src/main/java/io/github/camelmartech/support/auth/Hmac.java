package io.github.camelmartech.support.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An HMAC keyed once with a vendor's secret, for signing every request. {@code Mac.getInstance} (a provider lookup)
 * and {@code init} (hashing the key into its pads) are done once; each signature runs on a clone, a copy of a few
 * small arrays that needs no lock, whatever the number of threads.
 */
public final class Hmac {

    private final String algorithm;
    private final String secret;
    private final Mac keyed;

    private Hmac(String algorithm, String secret) {
        this.algorithm = algorithm;
        this.secret = secret;
        this.keyed = newMac(algorithm, secret);
    }

    /** HMAC-SHA256 keyed with the secret's UTF-8 bytes. */
    public static Hmac sha256(String secret) {
        return new Hmac("HmacSHA256", secret);
    }

    /** The MAC of the parts, in order, as if they were one array: no copy of a request body is made. */
    public byte[] sign(byte[]... parts) {
        Mac mac = mac();
        for (byte[] part : parts) {
            mac.update(part);
        }
        return mac.doFinal();
    }

    private Mac mac() {
        try {
            return (Mac) keyed.clone();
        } catch (CloneNotSupportedException e) {
            return newMac(algorithm, secret); // a provider whose Mac cannot be cloned: keyed afresh
        }
    }

    private static Mac newMac(String algorithm, String secret) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available", e);
        }
    }
}
