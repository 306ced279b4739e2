package io.github.camelmartech.support.auth;

import io.github.camelmartech.support.error.MarTechInvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MarTechAuthRequiredTest {

    @Test
    void aCredentialIsItsValueOrRefusedNamedByItsOption() {
        assertThat(MarTechAuth.required("k-1", "apiKey", "is required")).isEqualTo("k-1");
        assertThatThrownBy(() -> MarTechAuth.required(null, "apiToken", "is required (or clientId for OAuth2)"))
                .isInstanceOf(MarTechInvalidInputException.class)
                .hasMessage("apiToken: is required (or clientId for OAuth2)");
        assertThatThrownBy(() -> MarTechAuth.required(" \t", "email", "is required"))
                .isInstanceOf(MarTechInvalidInputException.class).hasMessage("email: is required");
    }
}
