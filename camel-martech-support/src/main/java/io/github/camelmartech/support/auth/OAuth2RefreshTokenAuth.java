package io.github.camelmartech.support.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.support.http.MarTechHttpClient;

/**
 * OAuth2 with the refresh token grant (RFC 6749 §6) when a refresh token is configured, else client credentials: the
 * client authenticates as for client credentials; a rotated {@code refresh_token} in a token response replaces the
 * one held (and is masked like it).
 */
public class OAuth2RefreshTokenAuth extends OAuth2ClientCredentialsAuth {

    private final MarTechHttpClient tokenClient;
    private volatile String refreshToken;

    /** @param refreshToken the refresh token; null or blank for the client credentials grant */
    public OAuth2RefreshTokenAuth(MarTechHttpClient tokenClient, String tokenUrl, String clientId, String clientSecret,
                                  String scope, ClientAuthentication clientAuthentication, Duration renewBefore,
                                  Clock clock, String refreshToken) {
        super(tokenClient, tokenUrl, clientId, clientSecret, scope, clientAuthentication, renewBefore, clock);
        this.tokenClient = tokenClient;
        this.refreshToken = refreshToken == null || refreshToken.isBlank() ? null : refreshToken;
        if (this.refreshToken != null) {
            tokenClient.addSecret(this.refreshToken);
        }
    }

    @Override
    protected Map<String, String> grantParameters() {
        String current = refreshToken;
        if (current == null) {
            return super.grantParameters();
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", current);
        return form;
    }

    @Override
    protected void tokenReceived(JsonNode tokenResponse) {
        String rotated = tokenResponse.path("refresh_token").asText(null);
        if (refreshToken != null && rotated != null && !rotated.isBlank()) {
            tokenClient.addSecret(rotated);
            refreshToken = rotated;
        }
    }

    @Override
    public Collection<String> secrets() {
        List<String> secrets = new ArrayList<>(super.secrets());
        if (refreshToken != null) {
            secrets.add(refreshToken);
        }
        return secrets;
    }
}
