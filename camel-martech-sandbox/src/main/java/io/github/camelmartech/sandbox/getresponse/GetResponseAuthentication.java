package io.github.camelmartech.sandbox.getresponse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.github.camelmartech.sandbox.SimJson;
import io.github.camelmartech.sandbox.SimRequest;
import io.github.camelmartech.sandbox.SimResponse;

/**
 * GetResponse's ways in: {@code X-Auth-Token: api-key KEY} (the {@code api-key } prefix is literal: without it the
 * method is "unsupported", still 1014), or {@code Authorization: Bearer TOKEN} with a token from this simulator's
 * {@code POST /v3/token} (HTTP Basic client authentication; client credentials or refresh token grant). A MAX
 * account also needs its registered domain in {@code X-Domain}; a retail account must not send it (1021).
 */
final class GetResponseAuthentication {

    static final Duration TOKEN_LIFETIME = Duration.ofHours(24);

    private final String apiKey;
    private final String clientId;
    private final String clientSecret;
    private final Clock clock;
    private final Map<String, Instant> accessTokens = new ConcurrentHashMap<>();
    private final Set<String> refreshTokens = ConcurrentHashMap.newKeySet();
    private volatile String maxDomain;

    GetResponseAuthentication(String apiKey, String clientId, String clientSecret, Clock clock) {
        this.apiKey = apiKey;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.clock = clock;
    }

    /** A MAX account's registered domain, or null for retail. */
    void maxDomain(String domain) {
        this.maxDomain = domain;
    }

    Optional<SimResponse> check(SimRequest request) {
        String domain = request.header("X-Domain");
        if (maxDomain == null && domain != null) {
            return Optional.of(GetResponseErrors.body(400, GetResponseErrors.BAD_HEADERS,
                    "X-Domain is only for GetResponse MAX accounts", SimJson.object().put("header", "X-Domain")));
        }
        String token = request.header("X-Auth-Token");
        String authorization = request.header("Authorization");
        if (token != null) {
            if (!token.startsWith("api-key ")) {
                return refuse("Unsupported authentication method", "auth_token");
            }
            if (!same(apiKey, token.substring("api-key ".length())) || !domainMatches(domain)) {
                return refuse("Unable to authenticate request. Check credentials or authentication method details",
                        "auth_token");
            }
            return Optional.empty();
        }
        if (authorization != null && authorization.startsWith("Bearer ")) {
            Instant expires = accessTokens.get(authorization.substring("Bearer ".length()));
            if (expires == null || !expires.isAfter(clock.instant()) || !domainMatches(domain)) {
                return refuse("Unable to authenticate request. Check credentials or authentication method details",
                        "oauth2");
            }
            return Optional.empty();
        }
        return refuse("Unable to authenticate request. Check credentials or authentication method details", null);
    }

    /**
     * {@code POST /v3/token}: the client by HTTP Basic (or {@code client_id}/{@code client_secret} in the form),
     * {@code grant_type} client_credentials or refresh_token. Token errors are OAuth2's own body, not the API's.
     */
    SimResponse issueToken(SimRequest request) {
        if (!clientAuthenticated(request)) {
            return SimResponse.json(401, SimJson.object().put("error", "invalid_client")
                    .put("error_description", "Client authentication failed"));
        }
        String grant = request.formOrQuery("grant_type");
        if ("refresh_token".equals(grant)) {
            String refresh = request.formOrQuery("refresh_token");
            if (refresh == null || !refreshTokens.remove(refresh)) {
                return SimResponse.json(400, SimJson.object().put("error", "invalid_grant")
                        .put("error_description", "Invalid refresh token"));
            }
        } else if (!"client_credentials".equals(grant)) {
            return SimResponse.json(400, SimJson.object().put("error", "unsupported_grant_type")
                    .put("error_description", "The grant type was not recognized by the authorization server"));
        }
        String access = UUID.randomUUID().toString().replace("-", "");
        String refresh = UUID.randomUUID().toString().replace("-", "");
        accessTokens.put(access, clock.instant().plus(TOKEN_LIFETIME));
        refreshTokens.add(refresh);
        return SimResponse.json(200, SimJson.object().put("access_token", access)
                .put("expires_in", TOKEN_LIFETIME.toSeconds()).put("token_type", "Bearer").put("scope", "all")
                .put("refresh_token", refresh));
    }

    /** A refresh token the simulator accepts once, as if an authorization code flow had issued it. */
    String issueRefreshToken() {
        String refresh = UUID.randomUUID().toString().replace("-", "");
        refreshTokens.add(refresh);
        return refresh;
    }

    /** Every access token issued so far stops working (as if its lifetime had passed). */
    void expireTokens() {
        accessTokens.replaceAll((token, expires) -> Instant.MIN);
    }

    int tokensIssued() {
        return accessTokens.size();
    }

    void clear() {
        accessTokens.clear();
        refreshTokens.clear();
    }

    private boolean clientAuthenticated(SimRequest request) {
        String authorization = request.header("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String pair = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                        StandardCharsets.UTF_8);
                int colon = pair.indexOf(':');
                return colon > 0 && same(clientId, pair.substring(0, colon)) && same(clientSecret, pair.substring(colon + 1));
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return same(clientId, request.formOrQuery("client_id")) && same(clientSecret, request.formOrQuery("client_secret"));
    }

    private boolean domainMatches(String domain) {
        return maxDomain == null || maxDomain.equalsIgnoreCase(domain);
    }

    private static boolean same(String expected, String sent) {
        return sent != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<SimResponse> refuse(String message, String authenticationType) {
        return Optional.of(GetResponseErrors.body(401, GetResponseErrors.AUTHENTICATION, message,
                authenticationType == null ? SimJson.array()
                        : SimJson.object().put("authenticationType", authenticationType)));
    }
}
