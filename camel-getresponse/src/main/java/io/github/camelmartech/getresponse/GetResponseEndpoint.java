package io.github.camelmartech.getresponse;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelmartech.getresponse.model.CallbackSettings;
import io.github.camelmartech.support.auth.MarTechAuth;
import io.github.camelmartech.support.auth.OAuth2ClientCredentialsAuth;
import io.github.camelmartech.support.component.MarTechEndpoint;
import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.http.ErrorDecoder;
import io.github.camelmartech.support.operation.OperationRunner;
import io.github.camelmartech.support.operation.OperationTable;
import io.github.camelmartech.support.webhook.MarTechWebhookProcessor;
import org.apache.camel.Category;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.webhook.WebhookCapableEndpoint;
import org.apache.camel.component.webhook.WebhookConfiguration;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.util.URISupport;

/**
 * Every operation of the GetResponse API v3 (contacts, campaigns, newsletters, shops, webinars, workflows...), checked
 * against GetResponse's own API document before sending, with typed models for the core resources, polling of every
 * paged collection, and callbacks.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "getresponse", title = "GetResponse", syntax = "getresponse:resource",
             category = { Category.SAAS, Category.MAIL }, headersClass = GetResponseConstants.class)
public class GetResponseEndpoint extends MarTechEndpoint implements WebhookCapableEndpoint {

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

    private WebhookConfiguration webhookConfiguration;

    public GetResponseEndpoint(String uri, GetResponseComponent component, GetResponseConfiguration configuration) {
        super(uri, component);
        setDelay(DEFAULT_POLL_DELAY);
        this.configuration = configuration;
    }

    @Override
    public GetResponseConfiguration getConfiguration() {
        return configuration;
    }

    @Override
    public String vendorName() {
        return "GetResponse";
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

    @Override
    protected ErrorDecoder errorDecoder() {
        return new GetResponseErrorDecoder(Clock.systemUTC());
    }

    @Override
    public OperationTable operationTable() {
        return GetResponseOperations.TABLE;
    }

    @Override
    public Processor createWebhookHandler(Processor next) {
        if (!"callbacks".equals(configuration.getResource())) {
            throw new MarTechInvalidInputException("resource", "the webhook resource is callbacks:"
                                                               + " webhook:getresponse:callbacks");
        }
        return new GetResponseWebhookProcessor(new MarTechWebhookProcessor<>(next, new GetResponseCallbacks(),
                configuration), configuration.getWebhookSecretParameter());
    }

    /** Points the account's callback at this route's URL (with the webhook secret, when set) for the chosen actions. */
    @Override
    public void registerWebhook() throws Exception {
        CallbackSettings settings = new CallbackSettings();
        settings.setUrl(callbackUrl());
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

    private String callbackUrl() throws Exception {
        if (webhookConfiguration == null) {
            throw new MarTechInvalidInputException("webhookExternalUrl", "is needed to register the callback");
        }
        String url = webhookConfiguration.computeFullExternalUrl();
        String secret = configuration.getWebhookSecret();
        if (secret == null || secret.isEmpty()) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + URISupport.createQueryString(
                Map.of(configuration.getWebhookSecretParameter(), secret));
    }

    @Override
    public void setWebhookConfiguration(WebhookConfiguration webhookConfiguration) {
        this.webhookConfiguration = webhookConfiguration;
    }

    public WebhookConfiguration getWebhookConfiguration() {
        return webhookConfiguration;
    }

    @Override
    public List<String> getWebhookMethods() {
        return List.of("GET", "POST");
    }
}
