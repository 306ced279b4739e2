package io.github.camelmartech.sandbox.apifon;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.github.camelmartech.sandbox.SimJson;
import io.github.camelmartech.sandbox.SimRequest;
import io.github.camelmartech.sandbox.SimResponse;

/**
 * Apifon's side of authentication: recomputes the {@code ApifonWS} HMAC-SHA256 over method, raw path (no query),
 * exact body and the {@code X-ApifonWS-Date} value, and checks that date against the clock; or accepts a bearer
 * token this simulator issued through its OAuth2 client-credentials token endpoint.
 */
final class ApifonAuthentication {

    /** Apifon's date format: zero-padded day, unlike Java's RFC_1123 formatter. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
            .withZone(ZoneOffset.UTC);

    private final String token;
    private final String secret;
    private final Clock clock;
    private final Duration maxSkew;
    private final Set<String> issued = ConcurrentHashMap.newKeySet();

    ApifonAuthentication(String token, String secret, Clock clock, Duration maxSkew) {
        this.token = token;
        this.secret = secret;
        this.clock = clock;
        this.maxSkew = maxSkew;
    }

    Optional<SimResponse> check(SimRequest request) {
        String authorization = request.header("Authorization");
        if (authorization == null) {
            return refuse();
        }
        if (authorization.startsWith("Bearer ")) {
            return issued.contains(authorization.substring("Bearer ".length())) ? Optional.empty() : refuse();
        }
        if (!authorization.startsWith("ApifonWS ") || !authorization.contains(":")) {
            return refuse();
        }
        String credentials = authorization.substring("ApifonWS ".length());
        String sentToken = credentials.substring(0, credentials.indexOf(':'));
        String sentSignature = credentials.substring(credentials.indexOf(':') + 1);
        String date = request.header("X-ApifonWS-Date");
        if (!token.equals(sentToken) || date == null || !recent(date)) {
            return refuse();
        }
        String expected = sign(request.method() + "\n" + request.rawPath() + "\n" + nullToEmpty(request.body()) + "\n" + date);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), sentSignature.getBytes(StandardCharsets.US_ASCII))
                ? Optional.empty() : refuse();
    }

    /** {@code POST /oauth2/token}, client credentials in the form body or the query (the SDK uses the query). */
    SimResponse issueToken(SimRequest request) {
        if (!"client_credentials".equals(request.formOrQuery("grant_type"))) {
            return SimResponse.json(400, SimJson.object().put("error", "unsupported_grant_type"));
        }
        if (!token.equals(request.formOrQuery("client_id")) || !secret.equals(request.formOrQuery("client_secret"))) {
            return SimResponse.json(401, SimJson.object().put("error", "invalid_client")
                    .put("error_description", "Client authentication failed"));
        }
        String accessToken = UUID.randomUUID().toString();
        issued.add(accessToken);
        return SimResponse.json(200, SimJson.object().put("access_token", accessToken).put("token_type", "Bearer")
                .put("expires_in", 3600));
    }

    void clear() {
        issued.clear();
    }

    private boolean recent(String date) {
        try {
            Instant sent = ZonedDateTime.parse(date, DATE).toInstant();
            return Duration.between(sent, clock.instant()).abs().compareTo(maxSkew) <= 0;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private String sign(String stringToSign) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static String nullToEmpty(String body) {
        return body == null ? "" : body;
    }

    /** Apifon answers 401 with an empty {@code error_details}. */
    private static Optional<SimResponse> refuse() {
        return Optional.of(ApifonSimulator.errorBody(401, "Unauthorized", Map.of()));
    }
}
