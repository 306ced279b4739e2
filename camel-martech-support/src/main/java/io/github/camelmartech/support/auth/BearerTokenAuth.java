package io.github.camelmartech.support.auth;

import java.util.Collection;
import java.util.List;

import io.github.camelmartech.support.error.MarTechInvalidInputException;

/** A fixed bearer token the user obtained elsewhere: {@code Authorization: Bearer TOKEN}. */
public class BearerTokenAuth extends MarTechAuth {

    private final String token;

    public BearerTokenAuth(String token, String optionName) {
        if (token == null || token.isBlank()) {
            throw new MarTechInvalidInputException(optionName, "is required");
        }
        this.token = token;
    }

    @Override
    protected void authenticate(OutgoingRequest request) {
        request.setHeader("Authorization", "Bearer " + token);
    }

    @Override
    public Collection<String> secrets() {
        return List.of(token);
    }
}
