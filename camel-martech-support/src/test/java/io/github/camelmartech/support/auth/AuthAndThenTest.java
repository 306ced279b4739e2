package io.github.camelmartech.support.auth;

import java.net.URI;
import java.util.List;

import io.github.camelmartech.support.error.ApiError;
import io.github.camelmartech.support.http.ApiRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An auth with a vendor's own headers after its credentials: same renewal, same secrets. */
class AuthAndThenTest {

    private static final URI TARGET = URI.create("https://api.example.com/v1/lists");

    @Test
    void theHeadersFollowTheCredentialsAndRenewalAndSecretsAreTheAuths() throws Exception {
        MarTechAuth auth = new BearerTokenAuth("t-123456", "accessToken")
                .andThen(request -> request.setHeader("X-Domain", "example.com"));

        ApiRequest signed = auth.sign(ApiRequest.get("/v1/lists").build(), TARGET);

        assertThat(signed.headers()).containsEntry("Authorization", "Bearer t-123456")
                .containsEntry("X-Domain", "example.com");
        assertThat(auth.secrets()).containsExactly("t-123456");
        assertThat(auth.renewAfterUnauthorized()).as("a fixed token cannot renew").isFalse();
        assertThat(auth.renewAfterRejection(ApiError.builder(401).build())).isFalse();
        assertThat(List.copyOf(auth.secrets())).isEqualTo(List.copyOf(new BearerTokenAuth("t-123456", "x").secrets()));
    }
}
