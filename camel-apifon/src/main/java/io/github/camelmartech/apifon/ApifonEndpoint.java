package io.github.camelmartech.apifon;

import java.util.List;

import io.github.camelmartech.support.auth.MarTechAuth;
import io.github.camelmartech.support.auth.OAuth2ClientCredentialsAuth;
import io.github.camelmartech.support.component.MarTechEndpoint;
import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.http.ErrorDecoder;
import io.github.camelmartech.support.operation.OperationTable;
import io.github.camelmartech.support.operation.Resource;
import io.github.camelmartech.support.webhook.MarTechWebhookProcessor;
import org.apache.camel.Category;
import org.apache.camel.Processor;
import org.apache.camel.component.webhook.WebhookCapableEndpoint;
import org.apache.camel.component.webhook.WebhookConfiguration;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;

/**
 * Send SMS, Viber (IM) and OTP messages, manage lists, subscribers and the bounce list, poll them for changes, and
 * receive delivery reports and replies, with Apifon's REST API.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "apifon", title = "Apifon", syntax = "apifon:resource",
             category = { Category.SAAS, Category.MOBILE }, headersClass = ApifonConstants.class)
public class ApifonEndpoint extends MarTechEndpoint implements WebhookCapableEndpoint {

    /**
     * The consumers' default poll delay: Apifon documents no rate limit; one walk of a collection a minute.
     */
    static final long DEFAULT_POLL_DELAY = 60_000;

    // Declares the scheduler's delay option with this vendor's default, for the catalog (the way camel-mail does);
    // the value lives in ScheduledPollEndpoint, set in the constructor and by the option.
    @UriParam(label = "consumer,scheduler", defaultValue = "" + DEFAULT_POLL_DELAY, javaType = "java.time.Duration",
              description = "Milliseconds (or a duration such as 5m) before the next poll; the default respects the"
                            + " vendor's documented limits.")
    private long delay;

    static final String DEFAULT_BASE_URL = "https://ars.apifon.com";
    static final String DEFAULT_TOKEN_URL = "https://ids.apifon.com/oauth2/token";
    /** The webhook resource: delivery reports and replies, parsed by {@link ApifonCallbacks}. */
    static final String CALLBACKS = "callbacks";

    @UriParam
    private ApifonConfiguration configuration;

    private WebhookConfiguration webhookConfiguration;

    public ApifonEndpoint(String uri, ApifonComponent component, ApifonConfiguration configuration) {
        super(uri, component);
        setDelay(DEFAULT_POLL_DELAY);
        this.configuration = configuration;
    }

    @Override
    public ApifonConfiguration getConfiguration() {
        return configuration;
    }

    @Override
    public String vendorName() {
        return "Apifon";
    }

    @Override
    protected String defaultBaseUrl() {
        return DEFAULT_BASE_URL;
    }

    /** OAuth2 client credentials when clientId is set (Apifon recommends it for new setups), else HMAC. */
    @Override
    protected MarTechAuth createAuth() {
        if (CALLBACKS.equals(configuration.getResource())) {
            // receiving callbacks calls no API (Apifon has no webhook registration), so it needs no credentials
            return MarTechAuth.none();
        }
        if (configuration.usesOAuth2()) {
            return oauth2(configuration, DEFAULT_TOKEN_URL, OAuth2ClientCredentialsAuth.ClientAuthentication.FORM);
        }
        return new ApifonHmacAuth(configuration.getApiToken(), configuration.getApiSecret(), configuration.getClock());
    }

    @Override
    protected ErrorDecoder errorDecoder() {
        return new ApifonErrorDecoder();
    }

    /** The operations and polls: the table {@link ApifonOperations}; callbacks arrive through camel-webhook. */
    @Override
    public OperationTable operationTable() {
        return ApifonOperations.TABLE;
    }

    @Override
    protected Resource tableResource() {
        if (CALLBACKS.equals(configuration.getResource())) {
            throw new MarTechInvalidInputException("resource", "callbacks is a webhook consumer:"
                                                               + " from(\"webhook:apifon:callbacks\")");
        }
        return super.tableResource();
    }

    @Override
    public Processor createWebhookHandler(Processor next) {
        if (!CALLBACKS.equals(configuration.getResource())) {
            throw new MarTechInvalidInputException("resource", "the webhook resource is callbacks:"
                                                               + " webhook:apifon:callbacks");
        }
        return new MarTechWebhookProcessor<>(next, new ApifonCallbacks(), configuration);
    }

    @Override
    public void registerWebhook() {
        // Apifon has no registration API: the callback URL travels with each send (callback_url, reply_url)
    }

    @Override
    public void unregisterWebhook() {
        // nothing registered
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
        return List.of("POST");
    }
}
