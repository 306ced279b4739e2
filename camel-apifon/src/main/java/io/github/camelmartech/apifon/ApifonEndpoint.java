package io.github.camelmartech.apifon;

import io.github.camelmartech.support.auth.MarTechAuth;
import io.github.camelmartech.support.auth.OAuth2ClientCredentialsAuth;
import io.github.camelmartech.support.component.MarTechVendor;
import io.github.camelmartech.support.webhook.MarTechWebhookEndpoint;
import org.apache.camel.Category;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;

/**
 * Send SMS, Viber (IM) and OTP messages, manage lists, subscribers and the bounce list, poll them for changes, and
 * receive delivery reports and replies, with Apifon's REST API.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "apifon", title = "Apifon", syntax = "apifon:resource",
             category = { Category.SAAS, Category.MOBILE }, headersClass = ApifonConstants.class)
public class ApifonEndpoint extends MarTechWebhookEndpoint<ApifonConfiguration> {

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

    public ApifonEndpoint(String uri, ApifonComponent component, ApifonConfiguration configuration) {
        // Apifon has no registration API: the callback URL travels with each send (callback_url, reply_url)
        super(uri, component, new MarTechVendor(ApifonOperations.TABLE, DEFAULT_BASE_URL, ApifonErrorDecoder::new),
                configuration, CALLBACKS, new ApifonCallbacks(), "POST");
        setDelay(DEFAULT_POLL_DELAY);
        this.configuration = configuration;
    }

    /** OAuth2 client credentials when clientId is set (Apifon recommends it for new setups), else HMAC. */
    @Override
    protected MarTechAuth createAuth() {
        if (configuration.usesOAuth2()) {
            return oauth2(configuration, DEFAULT_TOKEN_URL, OAuth2ClientCredentialsAuth.ClientAuthentication.FORM);
        }
        return new ApifonHmacAuth(configuration.getApiToken(), configuration.getApiSecret(), configuration.getClock());
    }
}
