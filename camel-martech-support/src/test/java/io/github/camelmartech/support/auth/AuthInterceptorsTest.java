package io.github.camelmartech.support.auth;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.http.ApiRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuthInterceptorsTest {

    private static final URI TARGET = URI.create("https://api.example.com/base/v1/lists/a%2Fb?x=1");

    private static ApiRequest request() {
        return ApiRequest.post("/v1/lists/{id}", "a/b").query("x", 1)
                .body("{\"a\":\"é\"}".getBytes(StandardCharsets.UTF_8), "application/json").build();
    }

    @Test
    void basicWithTheKeyAsUserAndAnEmptyPassword() throws Exception {
        ApiRequest signed = BasicAuth.apiKeyAsUser("key-123456", "apiKey").sign(request(), TARGET);

        String expected = Base64.getEncoder().encodeToString("key-123456:".getBytes(StandardCharsets.UTF_8));
        assertThat(signed.headers()).containsEntry("Authorization", "Basic " + expected);
    }

    @Test
    void headerKeyWithALiteralPrefixAndBearerToken() throws Exception {
        ApiRequest signed = new ApiKeyHeaderAuth("X-Auth-Token", "api-key ", "k-123456", "apiKey").sign(request(), TARGET);
        signed = new BearerTokenAuth("t-123456", "accessToken").sign(signed, TARGET);

        assertThat(signed.headers()).containsEntry("X-Auth-Token", "api-key k-123456")
                .containsEntry("Authorization", "Bearer t-123456");
    }

    @Test
    void signingLeavesTheOriginalRequestUnchanged() throws Exception {
        ApiRequest original = request();

        BasicAuth.apiKeyAsUser("key-123456", "apiKey").sign(original, TARGET);

        assertThat(original.headers()).doesNotContainKey("Authorization");
    }

    @Test
    void theOutgoingRequestShowsRawPathQueryAndTheBodyBytesToBeSent() {
        ApiRequest request = request();
        OutgoingRequest outgoing = new OutgoingRequest(request, TARGET);

        assertThat(outgoing.method()).isEqualTo("POST");
        assertThat(outgoing.rawPath()).isEqualTo("/base/v1/lists/a%2Fb");
        assertThat(outgoing.rawQuery()).isEqualTo("x=1");
        assertThat(outgoing.body()).isSameAs(request.body()).isEqualTo("{\"a\":\"é\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(outgoing.header("content-type")).isEqualTo("application/json");
    }

    @Test
    void missingCredentialsNameTheOption() {
        assertThatThrownBy(() -> new ApiKeyHeaderAuth("X-Api-Key", null, " ", "apiKey"))
                .isInstanceOf(MarTechInvalidInputException.class).hasMessage("apiKey: is required");
        assertThatThrownBy(() -> BasicAuth.apiKeyAsUser(null, "apiKey")).hasMessage("apiKey: is required");
        assertThatThrownBy(() -> new BearerTokenAuth(null, "accessToken")).hasMessage("accessToken: is required");
    }

    @Test
    void secretsAreListedForMasking() {
        assertThat(new BasicAuth("user-1", "pass-1", "apiKey").secrets()).contains("user-1", "pass-1");
        assertThat(new ApiKeyHeaderAuth("X-Api-Key", null, "k-123456", "apiKey").secrets()).containsExactly("k-123456");
    }
}
