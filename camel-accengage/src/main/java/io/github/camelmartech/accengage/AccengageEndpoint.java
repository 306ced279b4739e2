package io.github.camelmartech.accengage;

import java.time.Clock;

import io.github.camelmartech.support.auth.MarTechAuth;
import io.github.camelmartech.support.component.MarTechEndpoint;
import io.github.camelmartech.support.component.MarTechVendor;
import org.apache.camel.Category;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;

/**
 * Accengage REST API v1: every request signed, every route after the token carrying it. The operations are the
 * table {@link AccengageOperations}; every other route goes through {@code request}.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "accengage", title = "Accengage", syntax = "accengage:resource",
             category = { Category.SAAS, Category.MOBILE }, headersClass = AccengageConstants.class)
public class AccengageEndpoint extends MarTechEndpoint<AccengageConfiguration> {

    /**
     * The consumers' default poll delay: Accengage documents no rate limit; one walk of a collection a minute.
     */
    static final long DEFAULT_POLL_DELAY = 60_000;

    // Declares the scheduler's delay option with this vendor's default, for the catalog (the way camel-mail does);
    // the value lives in ScheduledPollEndpoint, set in the constructor and by the option.
    @UriParam(label = "consumer,scheduler", defaultValue = "" + DEFAULT_POLL_DELAY, javaType = "java.time.Duration",
              description = "Milliseconds (or a duration such as 5m) before the next poll; the default respects the"
                            + " vendor's documented limits.")
    private long delay;

    static final String DEFAULT_BASE_URL = "https://api.accengage.com";

    @UriParam
    private AccengageConfiguration configuration;

    public AccengageEndpoint(String uri, AccengageComponent component, AccengageConfiguration configuration) {
        super(uri, component, new MarTechVendor(AccengageOperations.TABLE, DEFAULT_BASE_URL,
                AccengageErrorDecoder::new), configuration);
        setDelay(DEFAULT_POLL_DELAY);
        this.configuration = configuration;
    }

    @Override
    protected MarTechAuth createAuth() {
        Clock clock = ((AccengageComponent) getComponent()).clock();
        AccengageAuth auth = new AccengageAuth(configuration.getApiKey(), configuration.getEmail(), clock);
        auth.useTokensFrom(newClient(auth.signatureOnly(), errorDecoder()));
        return auth;
    }
}
