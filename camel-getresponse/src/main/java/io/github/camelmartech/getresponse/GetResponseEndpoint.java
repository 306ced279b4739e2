package io.github.camelmartech.getresponse;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelmartech.getresponse.model.CallbackSettings;
import io.github.camelmartech.support.auth.MarTechAuth;
import io.github.camelmartech.support.auth.OAuth2ClientCredentialsAuth;
import io.github.camelmartech.support.component.MarTechVendor;
import io.github.camelmartech.support.operation.OperationRunner;
import io.github.camelmartech.support.webhook.MarTechWebhookEndpoint;
import io.github.camelmartech.support.webhook.MarTechWebhookProcessor;
import org.apache.camel.Category;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.DefaultExchange;

/**
 * Every operation of the GetResponse API v3 (contacts, campaigns, newsletters, shops, webinars, workflows...), checked
 * against GetResponse's own API document before sending, with typed models for the core resources, polling of every
 * paged collection, and callbacks.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "getresponse", title = "GetResponse", syntax = "getresponse:resource",
             category = { Category.SAAS, Category.MAIL }, headersClass = GetResponseConstants.class)
public class GetResponseEndpoint extends MarTechWebhookEndpoint<GetResponseConfiguration> {

    /**
     * The consumers' default poll delay: GetResponse allows 30,000 calls per 10 minutes, shared with the producers: one walk a minute.
     */
    static final long DEFAULT_POLL_DELAY = 60_000;

    // Declares the scheduler's delay option with this vendor's default, for the catalog (the way camel-mail does);
    // the value lives in ScheduledPollEndpoint, set in the constructor and by the option.
    @UriParam(label = "consumer,scheduler", defaultValue = "" + DEFAULT_POLL_DELAY, javaType = "java.time.Duration",
              description = "Milliseconds (or a duration such as 5m) before the next poll; the default respects the"
                            + " vendor's documented limits (GetResponse: 30,000 calls per 10 minutes).")
    private long delay;

    @UriParam
    private GetResponseConfiguration configuration;

    public GetResponseEndpoint(String uri, GetResponseComponent component, GetResponseConfiguration configuration) {
        super(uri, component, new MarTechVendor(GetResponseOperations.TABLE, null,
                () -> new GetResponseErrorDecoder(Clock.systemUTC())), configuration,
                "callbacks", new GetResponseCallbacks(), "GET", "POST");
        setDelay(DEFAULT_POLL_DELAY);
        this.configuration = configuration;
    }

    /** A wrong platform or domain is a configuration error, not a missing credential: it fails at start. */
    @Override
    protected void doStart() throws Exception {
        super.doStart();
        GetResponsePlatform.of(configuration);
    }

    @Override
    protected String defaultBaseUrl() {
        return GetResponsePlatform.of(configuration).baseUrl();
    }

    /** OAuth2 when clientId is set, a bearer token when accessToken is, else the API key. */
    @Override
    protected MarTechAuth createAuth() {
        GetResponsePlatform platform = GetResponsePlatform.of(configuration);
        if (configuration.usesOAuth2()) {
            return GetResponseAuth.oauth2(newClient(MarTechAuth.none(), OAuth2ClientCredentialsAuth.tokenErrorDecoder()),
                    configuration, platform);
        }
        if (configuration.getAccessToken() != null && !configuration.getAccessToken().isBlank()) {
            return GetResponseAuth.bearer(configuration.getAccessToken(), platform);
        }
        return GetResponseAuth.apiKey(configuration.getApiKey(), platform);
    }

    /** GetResponse calls a callback URL with GET and query parameters, its app webhooks POST JSON. */
    @Override
    protected Processor webhookHandler(MarTechWebhookProcessor<?> handler) {
        return new GetResponseWebhookProcessor(handler, configuration.getWebhookSecretParameter());
    }

    /** Points the account's callback at this route's URL (with the webhook secret, when set) for the chosen actions. */
    @Override
    public void registerWebhook() throws Exception {
        CallbackSettings settings = new CallbackSettings();
        settings.setUrl(webhookUrl());
        Map<String, Boolean> actions = new LinkedHashMap<>();
        for (String action : configuration.getCallbackActions().split(",")) {
            if (!action.isBlank()) {
                actions.put(action.trim(), true);
            }
        }
        settings.setActions(actions);
        callbacks("set", settings);
    }

    /** GetResponse keeps one callback per account: disabling it is the removal. */
    @Override
    public void unregisterWebhook() throws Exception {
        callbacks("disable", null);
    }

    private void callbacks(String operation, Object body) throws Exception {
        Exchange exchange = new DefaultExchange(getCamelContext());
        exchange.getMessage().setBody(body);
        OperationRunner.run(operationTable().resource("callbacks").operation(operation), exchange, this);
    }
}
