package io.github.camelmartech.support.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.support.error.ErrorKind;
import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.ApiResponse;
import io.github.camelmartech.support.http.MarTechHttpClient;

/**
 * OAuth2 client credentials (RFC 6749 §4.4): fetches a token from the token URL, caches it, renews it
 * {@code renewBefore} ahead of its expiry, and once more when the API answers 401 (the vendor revoked it early).
 * Concurrent callers share one fetch. Subclasses may add grant parameters (a refresh token grant, say).
 */
public class OAuth2ClientCredentialsAuth extends MarTechAuth {

    /** How the client authenticates at the token endpoint. */
    public enum ClientAuthentication {
        /** {@code client_id} and {@code client_secret} in the form body. */
        FORM,
        /** HTTP Basic with client id and secret. */
        BASIC
    }

    private record Token(String value, Instant expiresAt) {
    }

    private static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

    private final MarTechHttpClient tokenClient;
    private final String tokenUrl;
    private final String clientId;
    private final String clientSecret;
    private final String scope;
    private final ClientAuthentication clientAuthentication;
    private final Duration renewBefore;
    private final Clock clock;
    private final FetchedToken<Token> token = new FetchedToken<>(this::fetch, this::isFresh);

    /**
     * @param tokenClient a client without auth (the token request must not pass through this interceptor), whose
     *                    errors are decoded as authentication failures
     */
    public OAuth2ClientCredentialsAuth(MarTechHttpClient tokenClient, String tokenUrl, String clientId,
                                       String clientSecret, String scope, ClientAuthentication clientAuthentication,
                                       Duration renewBefore, Clock clock) {
        this.clientId = required(clientId, "clientId", "is required for OAuth2 authentication");
        this.clientSecret = required(clientSecret, "clientSecret", "is required for OAuth2 authentication");
        this.tokenUrl = required(tokenUrl, "oauthTokenUrl", "is required for OAuth2 authentication");
        this.tokenClient = tokenClient;
        this.scope = scope;
        this.clientAuthentication = clientAuthentication;
        this.renewBefore = renewBefore;
        this.clock = clock;
    }

    /** The decoder to give the token client: any token endpoint error is an authentication failure. */
    public static io.github.camelmartech.support.http.ErrorDecoder tokenErrorDecoder() {
        io.github.camelmartech.support.http.JsonErrorDecoder json = new io.github.camelmartech.support.http.JsonErrorDecoder();
        return response -> {
            var error = json.decode(response);
            if (error == null || error.status() >= 500 || error.status() == 429) {
                return error;
            }
            return error.toBuilder().kind(ErrorKind.AUTHENTICATION).build();
        };
    }

    @Override
    protected void authenticate(OutgoingRequest request) {
        request.setHeader("Authorization", "Bearer " + currentToken());
    }

    @Override
    public boolean renewAfterUnauthorized() {
        token.renew();
        return true;
    }

    @Override
    public Collection<String> secrets() {
        List<String> secrets = new ArrayList<>(List.of(clientSecret));
        Token current = token.last();
        if (current != null) {
            secrets.add(current.value());
        }
        return secrets;
    }

    /** The cached token, fetched or renewed when missing or about to expire. */
    public String currentToken() {
        return token.get().value();
    }

    private boolean isFresh(Token t) {
        return clock.instant().isBefore(t.expiresAt().minus(renewBefore));
    }

    /** The grant parameters of the token request. */
    protected Map<String, String> grantParameters() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        if (scope != null && !scope.isBlank()) {
            form.put("scope", scope);
        }
        return form;
    }

    private Token fetch() {
        Map<String, String> form = grantParameters();
        ApiRequest.Builder request = ApiRequest.link("POST", tokenUrl).idempotent(true)
                .header("Accept", "application/json");
        if (clientAuthentication == ClientAuthentication.BASIC) {
            String basic = java.util.Base64.getEncoder().encodeToString(
                    (clientId + ":" + clientSecret).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + basic);
        } else {
            form.put("client_id", clientId);
            form.put("client_secret", clientSecret);
        }
        Instant requested = clock.instant();
        ApiResponse response = tokenClient.execute(request.formBody(form).build());
        JsonNode body = response.requireJson();
        String accessToken = body.path("access_token").asText(null);
        if (accessToken == null || accessToken.isEmpty()) {
            throw response.malformed("Token response has no access_token", null);
        }
        long expiresIn = body.path("expires_in").asLong(0);
        Duration lifetime = expiresIn > 0 ? Duration.ofSeconds(expiresIn) : DEFAULT_LIFETIME;
        tokenClient.addSecret(accessToken);
        tokenReceived(body);
        return new Token(accessToken, requested.plus(lifetime));
    }

    /**
     * Called with every successful token response, before the token is used: a subclass keeps what the grant
     * returns besides the access token (a rotated {@code refresh_token}, say). Does nothing by default.
     */
    protected void tokenReceived(JsonNode tokenResponse) {
        // nothing to keep for client credentials
    }
}
