package io.github.camelmartech.apsis;

import java.util.Set;

import io.github.camelmartech.support.auth.MarTechAuth;
import io.github.camelmartech.support.component.MarTechEndpoint;
import io.github.camelmartech.support.component.MarTechProducer;
import io.github.camelmartech.support.component.Operations;
import io.github.camelmartech.support.component.RequestOperation;
import io.github.camelmartech.support.consumer.MarTechPollingConsumer;
import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.http.ErrorDecoder;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;

/**
 * Manage APSIS Pro mailing lists, subscribers, opt-outs, newsletters and sendings, read their statistics, import
 * subscribers, send transactional email and SMS, manage events, and poll the paginated collections.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "apsis", title = "APSIS Pro", syntax = "apsis:resource",
             category = { Category.SAAS, Category.MAIL }, headersClass = ApsisConstants.class)
public class ApsisEndpoint extends MarTechEndpoint {

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
    static final Set<String> POLLED = Set.of("mailinglists", "subscribers", "optouts", "bounces", "opens", "clicks",
            "sendqueues");

    @UriParam
    private ApsisConfiguration configuration;

    public ApsisEndpoint(String uri, ApsisComponent component, ApsisConfiguration configuration) {
        super(uri, component);
        setDelay(DEFAULT_POLL_DELAY);
        this.configuration = configuration;
    }

    @Override
    public ApsisConfiguration getConfiguration() {
        return configuration;
    }

    @Override
    public ApsisComponent getComponent() {
        return (ApsisComponent) super.getComponent();
    }

    @Override
    public String vendorName() {
        return "Apsis";
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

    @Override
    protected MarTechAuth createAuth() {
        return new ApsisAuth(configuration.getApiKey(), getComponent().throttle(configuration));
    }

    @Override
    protected ErrorDecoder errorDecoder() {
        return new ApsisErrorDecoder();
    }

    @Override
    public Producer createProducer() {
        String resource = resource();
        Operations operations;
        if ("request".equals(resource)) {
            operations = Operations.forResource("request")
                    .addDefault("call", new RequestOperation(configuration, headers())).build();
        } else {
            ApsisResources.Resource r = ApsisResources.ALL.get(resource);
            if (r == null) {
                throw unknownResource();
            }
            operations = new ApsisCalls(configuration).operations(r.name(), r.defaultOperation(), r.methods());
        }
        return new MarTechProducer(this, operations);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        String resource = resource();
        if (!POLLED.contains(resource)) {
            throw new MarTechInvalidInputException("resource", "only " + POLLED + " can be polled");
        }
        MarTechPollingConsumer<?> consumer = consumer(processor, ApsisCollection.of(resource, getClient(), configuration));
        configureConsumer(consumer);
        return consumer;
    }

    private <T> MarTechPollingConsumer<T> consumer(Processor processor, ApsisCollection<T> collection) {
        return new MarTechPollingConsumer<>(this, processor, collection, (Exchange exchange, T item) -> {
            exchange.getMessage().setBody(item);
            exchange.getMessage().setHeader(ApsisConstants.ITEM_ID, collection.idOf(item));
            exchange.getMessage().setHeader(ApsisConstants.MAILING_LIST_ID, configuration.getMailingListId());
            exchange.getMessage().setHeader(ApsisConstants.SEND_QUEUE_ID, configuration.getSendQueueId());
        });
    }

    private String resource() {
        String resource = configuration.getResource();
        if (resource == null || resource.isBlank()) {
            throw unknownResource();
        }
        return resource;
    }

    private static MarTechInvalidInputException unknownResource() {
        return new MarTechInvalidInputException("resource", "must be one of " + ApsisResources.ALL.keySet()
                                                            + " or request");
    }
}
