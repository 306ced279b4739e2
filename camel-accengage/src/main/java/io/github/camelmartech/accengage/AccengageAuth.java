package io.github.camelmartech.accengage;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.support.auth.FetchedToken;
import io.github.camelmartech.support.auth.MarTechAuth;
import io.github.camelmartech.support.auth.OutgoingRequest;
import io.github.camelmartech.support.error.ApiError;
import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.ApiResponse;
import io.github.camelmartech.support.http.MarTechHttpClient;

/**
 * Signs every request ({@code Accengage-Time}, {@code Accengage-Signature}) and, once a token client is attached,
 * adds {@code Authorization: <token_type> <access_token>} from {@code POST /v1/access_token}. The token has no
 * documented lifetime: it is renewed when the API says {@code API_ERR_TOKEN} (400 invalid, 401 expired), once per call.
 */
final class AccengageAuth extends MarTechAuth {

    static final String TOKEN_PATH = "/v1/access_token";

    private final String apiKey;
    private final String email;
    private final Clock clock;
    private final FetchedToken<Token> token = new FetchedToken<>(this::fetchToken);
    private MarTechHttpClient tokenClient;

    /** The access token, and the Authorization header it makes. */
    private record Token(String value, String authorization) {
    }

    AccengageAuth(String apiKey, String email, Clock clock) {
        this.apiKey = required(apiKey, "apiKey", "is required");
        this.email = email;
        this.clock = clock;
    }

    /** Signature only: for the token request itself. */
    AccengageAuth signatureOnly() {
        return new AccengageAuth(apiKey, email, clock);
    }

    /** Attaches the client (signing only) that fetches tokens; from then on requests carry the token. */
    void useTokensFrom(MarTechHttpClient client) {
        required(email, "email", "is required (the user the API key belongs to)");
        this.tokenClient = client;
    }

    @Override
    protected void authenticate(OutgoingRequest request) throws IOException {
        String time = Long.toString(clock.instant().getEpochSecond());
        request.setHeader("Accengage-Time", time);
        request.setHeader("Accengage-Signature", AccengageSignature.sign(request.body(), apiKey, time));
        if (tokenClient != null) {
            request.setHeader("Authorization", token.get().authorization());
        }
    }

    @Override
    public boolean renewAfterRejection(ApiError error) {
        boolean tokenRejected = "API_ERR_TOKEN".equals(error.vendorCode()) && (error.status() == 400 || error.status() == 401);
        if (tokenClient != null && tokenRejected) {
            token.renew();
            return true;
        }
        return false;
    }

    @Override
    public Collection<String> secrets() {
        List<String> secrets = new ArrayList<>(List.of(apiKey));
        Token current = token.last();
        if (current != null) {
            secrets.add(current.value());
        }
        return secrets;
    }

    private Token fetchToken() {
        ApiResponse response = tokenClient.execute(ApiRequest.post(TOKEN_PATH).idempotent(true)
                .jsonBody(Map.of("email", email)).build());
        JsonNode body = response.requireJson();
        String accessToken = body.path("access_token").asText("");
        if (accessToken.isEmpty()) {
            throw response.malformed("Access token response has no access_token", null);
        }
        tokenClient.addSecret(accessToken);
        return new Token(accessToken, body.path("token_type").asText("Bearer") + " " + accessToken);
    }
}
