package io.github.camelmartech.getresponse;

import java.time.Clock;
import java.time.Duration;

import io.github.camelmartech.support.auth.ApiKeyHeaderAuth;
import io.github.camelmartech.support.auth.BearerTokenAuth;
import io.github.camelmartech.support.auth.MarTechAuth;
import io.github.camelmartech.support.auth.OAuth2ClientCredentialsAuth.ClientAuthentication;
import io.github.camelmartech.support.auth.OAuth2RefreshTokenAuth;
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
        return new ApiKeyHeaderAuth("X-Auth-Token", "api-key ", key, "apiKey").andThen(platform::apply);
    }

    static MarTechAuth bearer(String token, GetResponsePlatform platform) {
        return new BearerTokenAuth(token, "accessToken").andThen(platform::apply);
    }

    /** Client credentials, or the refresh token grant when a refresh token is configured; keeps a rotated one. */
    static MarTechAuth oauth2(MarTechHttpClient tokenClient, GetResponseConfiguration c, GetResponsePlatform platform) {
        String tokenUrl = c.getOauthTokenUrl() != null ? c.getOauthTokenUrl() : platform.tokenUrl();
        tokenClient.addSecret(c.getClientSecret());
        return new OAuth2RefreshTokenAuth(tokenClient, tokenUrl, c.getClientId(), c.getClientSecret(),
                c.getOauthScope(), ClientAuthentication.BASIC, Duration.ofMillis(c.getOauthRenewBefore()),
                Clock.systemUTC(), c.getRefreshToken()).andThen(platform::apply);
    }
}
