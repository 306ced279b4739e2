package io.github.camelmartech.support.auth;

import java.util.Collection;
import java.util.List;


/** An API key in a header, with an optional literal prefix: {@code X-Api-Key: KEY}, {@code X-Auth-Token: api-key KEY}. */
public class ApiKeyHeaderAuth extends MarTechAuth {

    private final String header;
    private final String value;
    private final String key;

    public ApiKeyHeaderAuth(String header, String prefix, String key, String optionName) {
        this.header = header;
        this.key = required(key, optionName, "is required");
        this.value = (prefix == null ? "" : prefix) + key;
    }

    @Override
    protected void authenticate(OutgoingRequest request) {
        request.setHeader(header, value);
    }

    @Override
    public Collection<String> secrets() {
        return List.of(key);
    }
}
