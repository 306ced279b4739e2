package io.github.camelmartech.support.auth;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;


/** HTTP Basic; with an API key as the user name and an empty password for vendors such as APSIS. */
public class BasicAuth extends MarTechAuth {

    private final String header;
    private final List<String> secrets = new ArrayList<>();

    public BasicAuth(String user, String password, String optionName) {
        required(user, optionName, "is required");
        String pass = password == null ? "" : password;
        String encoded = Base64.getEncoder().encodeToString((user + ":" + pass).getBytes(StandardCharsets.UTF_8));
        this.header = "Basic " + encoded;
        secrets.add(user);
        secrets.add(encoded);
        if (!pass.isEmpty()) {
            secrets.add(pass);
        }
    }

    /** The API key as user name, empty password. */
    public static BasicAuth apiKeyAsUser(String apiKey, String optionName) {
        return new BasicAuth(apiKey, "", optionName);
    }

    @Override
    protected void authenticate(OutgoingRequest request) {
        request.setHeader("Authorization", header);
    }

    @Override
    public Collection<String> secrets() {
        return secrets;
    }
}
