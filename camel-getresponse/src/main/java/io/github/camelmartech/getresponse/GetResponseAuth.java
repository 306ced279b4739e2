package io.github.camelmartech.getresponse;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.support.auth.ApiKeyHeaderAuth;
import io.github.camelmartech.support.auth.BearerTokenAuth;
import io.github.camelmartech.support.auth.MarTechAuth;
import io.github.camelmartech.support.auth.OAuth2ClientCredentialsAuth;
import io.github.camelmartech.support.auth.OutgoingRequest;
import io.github.camelmartech.support.http.MarTechHttpClient;

/**
 * GetResponse's three ways in, each also setting the platform headers: the API key ({@code X-Auth-Token: api-key
 * KEY}, the prefix is literal: without it GetResponse answers 1014), a bearer token obtained elsewhere, and OAuth2
 * with the client credentials or refresh token grant (HTTP Basic client authentication, as GetResponse's token
 * endpoint wants).
 */
final class GetResponseAuth {

    private GetResponseAuth() {
    }

    static MarTechAuth apiKey(String key, GetResponsePlatform platform) {
        return new ApiKeyHeaderAuth("X-Auth-Token", "api-key ", key, "apiKey") {
            @Override
            protected void authenticate(OutgoingRequest request) {
                super.authenticate(request);
                platform.apply(request);
            }
        };
    }

    static MarTechAuth bearer(String token, GetResponsePlatform platform) {
        return new BearerTokenAuth(token, "accessToken") {
            @Override
            protected void authenticate(OutgoingRequest request) {
                super.authenticate(request);
                platform.apply(request);
            }
        };
    }

    static MarTechAuth oauth2(MarTechHttpClient tokenClient, GetResponseConfiguration c, GetResponsePlatform platform) {
        String tokenUrl = c.getOauthTokenUrl() != null ? c.getOauthTokenUrl() : platform.tokenUrl();
        tokenClient.addSecret(c.getClientSecret());
        return new OAuth2(tokenClient, tokenUrl, c, platform);
    }

    /** Client credentials, or the refresh token grant when a refresh token is configured; keeps a rotated one. */
    static final class OAuth2 extends OAuth2ClientCredentialsAuth {

        private final GetResponsePlatform platform;
        private final MarTechHttpClient tokenClient;
        private volatile String refreshToken;

        OAuth2(MarTechHttpClient tokenClient, String tokenUrl, GetResponseConfiguration c, GetResponsePlatform platform) {
            super(tokenClient, tokenUrl, c.getClientId(), c.getClientSecret(), c.getOauthScope(), ClientAuthentication.BASIC,
                    Duration.ofMillis(c.getOauthRenewBefore()), Clock.systemUTC());
            this.platform = platform;
            this.tokenClient = tokenClient;
            this.refreshToken = c.getRefreshToken() == null || c.getRefreshToken().isBlank() ? null : c.getRefreshToken();
            if (refreshToken != null) {
                tokenClient.addSecret(refreshToken);
            }
        }

        @Override
        protected void authenticate(OutgoingRequest request) {
            super.authenticate(request);
            platform.apply(request);
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
}
