package io.github.camelmartech.sandbox.getresponse;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmartech.sandbox.SimJson;
import io.github.camelmartech.sandbox.SimRequest;
import io.github.camelmartech.sandbox.SimResponse;

/**
 * The account ({@code GET /accounts}) and its one callback ({@code GET/POST/DELETE /accounts/callbacks}). While a
 * callback is enabled for an action, GetResponse calls its URL with GET and the event as query parameters
 * ({@code action}, {@code ACCOUNT_ID}, {@code account_login}, {@code CAMPAIGN_ID}, {@code campaign_name},
 * {@code CONTACT_ID}, {@code contact_name}, {@code contact_email}); the URL's own query (a secret) is kept.
 */
final class GetResponseAccount {

    static final List<String> ACTIONS = List.of("open", "click", "goal", "subscribe", "unsubscribe", "survey");
    static final String LOGIN = "sandbox";

    private final String accountId;
    private final Supplier<String> apiUrl;
    private final Consumer<String> getCallback;
    private ObjectNode callback;

    GetResponseAccount(String accountId, Supplier<String> apiUrl, Consumer<String> getCallback) {
        this.accountId = accountId;
        this.apiUrl = apiUrl;
        this.getCallback = getCallback;
    }

    String accountId() {
        return accountId;
    }

    SimResponse get(SimRequest request) {
        ObjectNode account = SimJson.object().put("accountId", accountId).put("href", apiUrl.get() + "/accounts")
                .put("email", "sandbox@example.com").put("firstName", "Sandbox").put("lastName", "Account")
                .put("companyName", "Camel MarTech sandbox").put("timeFormat", "24h");
        for (String unset : new String[] {"phone", "state", "city", "street", "zipCode", "numberOfEmployees"}) {
            account.putNull(unset);
        }
        account.putObject("countryCode").put("countryCodeId", "0").put("countryCode", "PL");
        account.putObject("timeZone").put("name", "UTC").put("offset", "+00:00");
        return SimResponse.json(200, GetResponseView.of(request, "accountId").write(account));
    }

    /** The callback; none enabled is a 404 (1013): the vendor documents no answer for it (inferred). */
    SimResponse callback(SimRequest request) {
        if (callback == null) {
            throw GetResponseErrors.notFound("callbacks are disabled for this account");
        }
        return SimResponse.json(200, callback);
    }

    /** Enables or replaces the callback: an absolute http(s) {@code url} and the {@code actions} to call it on. */
    SimResponse setCallback(SimRequest request) {
        JsonNode body = request.json();
        String url = SimJson.text(body, "url");
        if (url == null || !url.matches("(?i)^https?://\\S+$")) {
            throw GetResponseErrors.validation("url", "must be an absolute http or https URL");
        }
        ObjectNode settings = SimJson.object().put("url", url);
        ObjectNode actions = settings.putObject("actions");
        ACTIONS.forEach(action -> actions.put(action, false));
        JsonNode sent = body.path("actions");
        if (!sent.isObject()) {
            throw GetResponseErrors.validation("actions", "must be an object of action to true or false");
        }
        sent.fields().forEachRemaining(e -> {
            if (!ACTIONS.contains(e.getKey()) || !e.getValue().isBoolean()) {
                throw GetResponseErrors.validation("actions." + e.getKey(), "must be one of " + ACTIONS + ", true or false");
            }
            actions.put(e.getKey(), e.getValue().asBoolean());
        });
        callback = settings;
        return SimResponse.json(200, callback);
    }

    SimResponse disableCallback(SimRequest request) {
        callback = null;
        return SimResponse.status(204);
    }

    /** Calls the callback URL for {@code action} on {@code contact}, when the account enabled it. */
    void notify(String action, ObjectNode contact) {
        if (callback == null || !callback.path("actions").path(action).asBoolean(false)) {
            return;
        }
        Map<String, String> event = new LinkedHashMap<>();
        event.put("action", action);
        event.put("ACCOUNT_ID", accountId);
        event.put("account_login", LOGIN);
        event.put("CAMPAIGN_ID", contact.path("campaign").path("campaignId").asText());
        event.put("campaign_name", contact.path("campaign").path("name").asText());
        event.put("CONTACT_ID", contact.path("contactId").asText());
        event.put("contact_name", contact.path("name").asText(""));
        event.put("contact_email", contact.path("email").asText());
        StringBuilder url = new StringBuilder(callback.path("url").asText());
        char separator = URI.create(url.toString()).getRawQuery() == null ? '?' : '&';
        for (Map.Entry<String, String> e : event.entrySet()) {
            url.append(separator).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        getCallback.accept(url.toString());
    }

    void clear() {
        callback = null;
    }
}
