package io.github.camelmartech.support.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.github.camelmartech.support.error.MarTechInvalidInputException;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuthInterceptorsTest {

    private static HttpPost request() {
        HttpPost post = new HttpPost("/v1/lists/a%2Fb?x=1");
        post.setEntity(new StringEntity("{\"a\":\"é\"}", ContentType.APPLICATION_JSON));
        return post;
    }

    @Test
    void basicWithTheKeyAsUserAndAnEmptyPassword() throws Exception {
        HttpPost post = request();

        BasicAuth.apiKeyAsUser("key-123456", "apiKey").process(post, null, null);

        String expected = Base64.getEncoder().encodeToString("key-123456:".getBytes(StandardCharsets.UTF_8));
        assertThat(post.getFirstHeader("Authorization").getValue()).isEqualTo("Basic " + expected);
    }

    @Test
    void headerKeyWithALiteralPrefixAndBearerToken() throws Exception {
        HttpPost post = request();

        new ApiKeyHeaderAuth("X-Auth-Token", "api-key ", "k-123456", "apiKey").process(post, null, null);
        new BearerTokenAuth("t-123456", "accessToken").process(post, null, null);

        assertThat(post.getFirstHeader("X-Auth-Token").getValue()).isEqualTo("api-key k-123456");
        assertThat(post.getFirstHeader("Authorization").getValue()).isEqualTo("Bearer t-123456");
    }

    @Test
    void theOutgoingRequestShowsRawPathQueryAndBodyBytes() throws Exception {
        OutgoingRequest outgoing = new OutgoingRequest(request());

        assertThat(outgoing.method()).isEqualTo("POST");
        assertThat(outgoing.rawPath()).isEqualTo("/v1/lists/a%2Fb");
        assertThat(outgoing.rawQuery()).isEqualTo("x=1");
        assertThat(outgoing.body()).isEqualTo("{\"a\":\"é\"}".getBytes(StandardCharsets.UTF_8));
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
