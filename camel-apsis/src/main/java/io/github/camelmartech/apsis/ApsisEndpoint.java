package io.github.camelmartech.apsis;

import java.time.Duration;
import java.util.List;

import io.github.camelmartech.support.auth.BasicAuth;
import io.github.camelmartech.support.auth.MarTechAuth;
import io.github.camelmartech.support.component.MarTechEndpoint;
import io.github.camelmartech.support.component.MarTechVendor;
import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.transport.TransportStep;
import org.apache.camel.Category;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;

/**
 * Manage APSIS Pro mailing lists, subscribers, opt-outs, newsletters and sendings, read their statistics, import
 * subscribers, send transactional email and SMS, manage events, and poll the paginated collections.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "apsis", title = "APSIS Pro", syntax = "apsis:resource",
             category = { Category.SAAS, Category.MAIL }, headersClass = ApsisConstants.class)
public class ApsisEndpoint extends MarTechEndpoint<ApsisConfiguration> {

    // The operations are the table ApsisOperations; the client-side throttle is a transport step before the auth.

    /**
     * The consumers' default poll delay: APSIS wants more than five minutes between polls with the same signature (its terms of use), and
     * its 60 requests a minute are shared with the producers: six minutes.
     */
    static final long DEFAULT_POLL_DELAY = 360_000;

    // Declares the scheduler's delay option with this vendor's default, for the catalog (the way camel-mail does);
    // the value lives in ScheduledPollEndpoint, set in the constructor and by the option.
    @UriParam(label = "consumer,scheduler", defaultValue = "" + DEFAULT_POLL_DELAY, javaType = "java.time.Duration",
              description = "Milliseconds (or a duration such as 5m) before the next poll; the default respects the"
                            + " vendor's documented limits (APSIS: more than five minutes between identical polls).")
    private long delay;

    static final String EU_BASE_URL = "https://se.api.anpdm.com:8443";
    static final String ASIA_BASE_URL = "https://se.api.anpasia.com:8443";

    @UriParam
    private ApsisConfiguration configuration;

    public ApsisEndpoint(String uri, ApsisComponent component, ApsisConfiguration configuration) {
        super(uri, component, new MarTechVendor(ApsisOperations.TABLE, null, ApsisErrorDecoder::new), configuration);
        setDelay(DEFAULT_POLL_DELAY);
        this.configuration = configuration;
    }

    @Override
    protected String defaultBaseUrl() {
        String region = configuration.getRegion();
        if (region == null || "EU".equalsIgnoreCase(region)) {
            return EU_BASE_URL;
        }
        if ("ASIA".equalsIgnoreCase(region)) {
            return ASIA_BASE_URL;
        }
        throw new MarTechInvalidInputException("region", "must be EU or ASIA (or set baseUrl)");
    }

    /** HTTP Basic with the API key as user name and an empty password. */
    @Override
    protected MarTechAuth createAuth() {
        return BasicAuth.apiKeyAsUser(configuration.getApiKey(), "apiKey");
    }

    /**
     * The throttle of this endpoint's API key, shared by every endpoint with that key, before the request is signed:
     * APSIS allows 60 requests a minute per integration (its terms of usage), answers -9 beyond and may disable the
     * integration for a while. A PollURL or DataUrl file on another host is not counted, as APSIS does not count it.
     */
    @Override
    protected List<TransportStep> vendorSteps() {
        return List.of(getComponent().throttles().of(configuration.getApiKey(), configuration.getThrottleRequests(),
                Duration.ofMillis(configuration.getThrottlePeriod()), configuration.clockOrSystem(),
                configuration.sleeperOrSystem()));
    }
}
