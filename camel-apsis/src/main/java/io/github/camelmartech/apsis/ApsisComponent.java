package io.github.camelmartech.apsis;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.camelmartech.support.component.MarTechComponent;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;

/**
 * The APSIS Pro component: mailing lists, subscribers, opt-outs, newsletters, sendings and their statistics,
 * filters, folders, demographics, imports, transactional email, SMS and events. Holds the client-side throttles,
 * one per API key, since APSIS counts requests per integration, not per endpoint.
 */
@Component("apsis")
public class ApsisComponent extends MarTechComponent<ApsisConfiguration> {

    @Metadata(description = "Options shared by every endpoint of this component.")
    private ApsisConfiguration configuration = new ApsisConfiguration();

    private final Map<String, ApsisThrottle> throttles = new ConcurrentHashMap<>();

    @Override
    protected Endpoint createEndpoint(String uri, ApsisConfiguration config) {
        return new ApsisEndpoint(uri, this, config);
    }

    /** The throttle of an API key and limit, shared by every endpoint that uses them. */
    ApsisThrottle throttle(ApsisConfiguration c) {
        String key = ApsisThrottle.key(c.getApiKey(), c.getThrottleRequests(), c.getThrottlePeriod());
        return throttles.computeIfAbsent(key, k -> new ApsisThrottle(c.getThrottleRequests(),
                java.time.Duration.ofMillis(c.getThrottlePeriod()), c.clockOrSystem(), c.sleeperOrSystem()));
    }

    @Override
    public ApsisConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(ApsisConfiguration configuration) {
        this.configuration = configuration;
    }
}
