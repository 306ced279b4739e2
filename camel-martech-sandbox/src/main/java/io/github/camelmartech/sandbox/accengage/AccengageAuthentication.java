package io.github.camelmartech.sandbox.accengage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.sandbox.SimJson;
import io.github.camelmartech.sandbox.SimRequest;
import io.github.camelmartech.sandbox.SimResponse;
import io.github.camelmartech.sandbox.SimulatorException;

/**
 * Accengage's side of authentication. Every request: {@code Accengage-Time} (Unix seconds, near the clock) and
 * {@code Accengage-Signature}, the lower-case hex SHA-1 of the received body bytes (none for GET/DELETE; the query
 * is not signed), the API key and that time, else {@code 400 API_ERR_SIGNATURE}. Every route but the token one
 * also needs {@code Authorization: Bearer <token>}: none is {@code 403}, an unknown token {@code 400}, an expired
 * one {@code 401}, all labelled {@code API_ERR_TOKEN}.
 */
final class AccengageAuthentication {

    private static final String SIGNATURE_MESSAGE = "Accengage-Signature is missing, empty or invalid";

    private final String apiKey;
    private final String email;
    private final Clock clock;
    private final Duration maxSkew;
    /** Issued tokens, true once expired. */
    private final Map<String, Boolean> tokens = new ConcurrentHashMap<>();

    AccengageAuthentication(String apiKey, String email, Clock clock, Duration maxSkew) {
        this.apiKey = apiKey;
        this.email = email;
        this.clock = clock;
        this.maxSkew = maxSkew;
    }

    Optional<SimResponse> check(SimRequest request) {
        if (!signed(request)) {
            return refuse(400, "API_ERR_SIGNATURE", SIGNATURE_MESSAGE);
        }
        if (isTokenRequest(request)) {
            return Optional.empty();
        }
        String authorization = request.header("Authorization");
        if (authorization == null || authorization.isBlank()) {
            return refuse(403, "API_ERR_TOKEN", "this route requires an access token");
        }
        Boolean expired = authorization.startsWith("Bearer ") ? tokens.get(authorization.substring(7)) : null;
        if (expired == null) {
            return refuse(400, "API_ERR_TOKEN", "invalid access token, generate a new one");
        }
        return expired ? refuse(401, "API_ERR_TOKEN", "access token expired, generate a new one") : Optional.empty();
    }

    /** {@code POST /v1/access_token} with the user's {@code {"email":...}}. */
    SimResponse issueToken(SimRequest request) {
        String type = request.header("Content-Type");
        if (type == null || !type.toLowerCase().startsWith("application/json")) {
            throw SimulatorException.badRequest("Content-Type", "must be application/json");
        }
        JsonNode body = request.json();
        if (!email.equalsIgnoreCase(SimJson.required(body, "email"))) {
            // INFERRED: the API key is per user; another user's e-mail has no rights with it
            throw new SimulatorException(403, "API_ERR_FORBIDDEN", null, "the API key does not belong to this user");
        }
        String token = UUID.randomUUID().toString().replace("-", "");
        tokens.put(token, false);
        // no lifetime is documented, so none is sent
        return SimResponse.json(200, SimJson.object().put("token_type", "Bearer").put("access_token", token));
    }

    void expireAll() {
        tokens.replaceAll((token, expired) -> true);
    }

    int issuedCount() {
        return tokens.size();
    }

    void clear() {
        tokens.clear();
    }

    private boolean signed(SimRequest request) {
        String time = request.header("Accengage-Time");
        String signature = request.header("Accengage-Signature");
        if (time == null || signature == null || signature.isBlank()) {
            return false;
        }
        long seconds;
        try {
            seconds = Long.parseLong(time);
        } catch (NumberFormatException e) {
            return false;
        }
        // INFERRED: Accengage documents no skew limit nor a label for a stale time; the signature label is used
        if (Math.abs(clock.instant().getEpochSecond() - seconds) > maxSkew.toSeconds()) {
            return false;
        }
        byte[] expected = HexFormat.of().formatHex(sha1(request.bodyBytes(), apiKey + time))
                .getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }

    /** SHA-1 of the body exactly as received, then the key and time as UTF-8. */
    private static byte[] sha1(byte[] body, String keyAndTime) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            if (body != null) {
                sha1.update(body);
            }
            return sha1.digest(keyAndTime.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException("SHA-1 is not available", e);
        }
    }

    private static boolean isTokenRequest(SimRequest request) {
        String path = request.rawPath();
        return "POST".equals(request.method())
               && (AccengageSimulator.TOKEN_PATH.equals(path) || (AccengageSimulator.TOKEN_PATH + "/").equals(path));
    }

    private static Optional<SimResponse> refuse(int status, String label, String message) {
        return Optional.of(AccengageSimulator.errorBody(status, label, message));
    }
}
