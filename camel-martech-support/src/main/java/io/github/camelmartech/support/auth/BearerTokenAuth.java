package io.github.camelmartech.support.auth;

import java.util.Collection;
import java.util.List;


/** A fixed bearer token the user obtained elsewhere: {@code Authorization: Bearer TOKEN}. */
public class BearerTokenAuth extends MarTechAuth {

    private final String token;

    public BearerTokenAuth(String token, String optionName) {
        this.token = required(token, optionName, "is required");
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
