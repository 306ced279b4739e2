package io.github.camelmartech.sandbox.apsis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import io.github.camelmartech.sandbox.SimRequest;
import io.github.camelmartech.sandbox.SimResponse;

/**
 * HTTP Basic with the API key as user name and an empty password ({@code abc123} → {@code Basic YWJjMTIzOg==}).
 * The seed's own curl example base64-encodes the bare key without the colon, so that form is accepted too; a
 * non-empty password is not. Anything else is Code -4 with HTTP 401.
 */
final class ApsisAuthentication {

    private final byte[] withColon;
    private final byte[] bare;

    ApsisAuthentication(String apiKey) {
        this.withColon = (apiKey + ":").getBytes(StandardCharsets.UTF_8);
        this.bare = apiKey.getBytes(StandardCharsets.UTF_8);
    }

    Optional<SimResponse> check(SimRequest request) {
        String authorization = request.header("Authorization");
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith("basic ")) {
            return refuse();
        }
        byte[] sent;
        try {
            sent = Base64.getDecoder().decode(authorization.substring("basic ".length()).trim());
        } catch (IllegalArgumentException e) {
            return refuse();
        }
        return MessageDigest.isEqual(sent, withColon) || MessageDigest.isEqual(sent, bare) ? Optional.empty() : refuse();
    }

    private static Optional<SimResponse> refuse() {
        return Optional.of(ApsisEnvelope.refusal(ApsisCode.UNAUTHORIZED, ApsisCode.UNAUTHORIZED.title));
    }
}
