package io.github.camelmartech.support.component;

import java.time.Clock;
import java.time.Duration;

import io.github.camelmartech.support.auth.MarTechAuth;
import io.github.camelmartech.support.consumer.MarTechPollingConsumer;
import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.operation.OperationTable;
import io.github.camelmartech.support.operation.PagedCollection;
import io.github.camelmartech.support.operation.Poll;
import io.github.camelmartech.support.operation.Resource;
import io.github.camelmartech.support.transport.TransportStep;
import io.github.camelmartech.support.auth.OAuth2ClientCredentialsAuth;
import io.github.camelmartech.support.http.ErrorDecoder;
import io.github.camelmartech.support.http.MarTechHttpClient;
import io.github.camelmartech.support.retry.RetryPolicy;
import io.github.camelmartech.support.retry.Sleeper;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.support.ScheduledPollEndpoint;

/**
 * Base of every vendor endpoint: builds the endpoint's {@link MarTechHttpClient} on start from the shared options,
 * the vendor's auth and its error decoder. The vendor endpoint states its {@link MarTechVendor}, declares its
 * {@code @UriParam} configuration field (so the catalog sees the concrete type), holding the configuration it passes
 * here, and creates its auth.
 *
 * @param <C> the vendor's configuration
 */
public abstract class MarTechEndpoint<C extends MarTechConfiguration> extends ScheduledPollEndpoint
        implements EndpointServiceLocation {

    private final MarTechVendor vendor;
    private final C configuration;
    private volatile MarTechHttpClient client;

    protected MarTechEndpoint(String uri, MarTechComponent<C> component, MarTechVendor vendor, C configuration) {
        super(uri, component);
        this.vendor = vendor;
        this.configuration = configuration;
    }

    /** The endpoint's options: a copy of the component's, with the endpoint's resource and its own options set. */
    public C getConfiguration() {
        return configuration;
    }

    /** The vendor's display name, used in messages and header names ({@code Apifon}): its table's. */
    public String vendorName() {
        return vendor.table().vendor();
    }

    /** The vendor's production base URL; a vendor whose URL depends on its options overrides it. */
    protected String defaultBaseUrl() {
        return vendor.baseUrl();
    }

    /** The vendor's authentication for this endpoint's options; validates that the credentials are present. */
    protected abstract MarTechAuth createAuth();

    /** A new error decoder of the vendor. */
    protected ErrorDecoder errorDecoder() {
        return vendor.errorDecoder().get();
    }

    /** The vendor's operations, resources and the consumer's walk: what the producer runs and the consumer polls. */
    public OperationTable operationTable() {
        return vendor.table();
    }

    /** The vendor's own transport steps, between decoding and signing (a throttle, a vendor header). */
    protected java.util.List<TransportStep> vendorSteps() {
        return java.util.List.of();
    }

    /** The retry policy; vendors add their rate-limit reset headers here. */
    protected RetryPolicy.Builder retryPolicy() {
        return getConfiguration().retryPolicy();
    }

    @Override
    public MarTechComponent<?> getComponent() {
        return (MarTechComponent<?>) super.getComponent();
    }

    public MarTechHeaders headers() {
        return operationTable().headers();
    }

    /** An endpoint option by its catalog name, read through the component's generated configurer. */
    public Object option(String name) {
        PropertyConfigurer configurer = getComponent().getEndpointPropertyConfigurer();
        if (!(configurer instanceof PropertyConfigurerGetter getter)) {
            throw new IllegalStateException(vendorName() + ": the endpoint configurer is missing from the jar");
        }
        return getter.getOptionValue(this, name, true);
    }

    /** The endpoint's resource in the vendor's table. */
    protected Resource tableResource() {
        return operationTable().resource(getConfiguration().getResource());
    }

    @Override
    public Producer createProducer() throws Exception {
        return new MarTechProducer(this, tableResource());
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        Resource resource = tableResource();
        String operation = getConfiguration().getOperation();
        Poll<?> poll = resource.poll(operation);
        if (poll == null && resource.poll() != null) {
            throw new MarTechInvalidInputException("operation", "'" + operation + "' of " + resource.name()
                    + " cannot be polled; polled are " + resource.polledOperations());
        }
        if (poll == null) {
            java.util.List<String> polled = operationTable().resources().stream().filter(r -> r.poll() != null)
                    .map(Resource::name).toList();
            throw new MarTechInvalidInputException("resource", resource.name() + " cannot be polled; "
                    + (polled.isEmpty() ? vendorName() + " has no polling consumer (use it as a producer)"
                            : "polled are " + polled));
        }
        MarTechPollingConsumer<?> consumer = pollingConsumer(processor, new PagedCollection<>(this, resource, poll));
        configureConsumer(consumer);
        return consumer;
    }

    private <T> MarTechPollingConsumer<T> pollingConsumer(Processor processor, PagedCollection<T> collection) {
        collection.request(); // a missing option (a list id) fails at start, not at the first poll
        return new MarTechPollingConsumer<>(this, processor, collection, collection::populate);
    }

    public String baseUrl() {
        String configured = getConfiguration().getBaseUrl();
        return configured != null && !configured.isBlank() ? configured : defaultBaseUrl();
    }

    /**
     * The endpoint's API client, shared by its producer and consumers. Built, and the credentials checked, on first
     * use against the vendor (a consumer's creation, a producer's first message), not when the endpoint starts: an
     * endpoint a test mocks ({@code mockEndpointsAndSkip}, an advice that replaces it) is still started by Camel but
     * never called, and needs no credentials.
     */
    public MarTechHttpClient getClient() {
        MarTechHttpClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = newClient(createAuth(), errorDecoder());
                }
                c = client;
            }
        }
        return c;
    }

    /** A client to this endpoint's API with the given auth and decoder, over the component's shared pool. */
    protected MarTechHttpClient newClient(MarTechAuth auth, ErrorDecoder decoder) {
        return newClient(baseUrl(), auth, decoder, retryPolicy().build());
    }

    private MarTechHttpClient newClient(String url, MarTechAuth auth, ErrorDecoder decoder, RetryPolicy policy) {
        MarTechConfiguration c = getConfiguration();
        MarTechHttpClient.Builder builder = MarTechHttpClient.builder(vendorName(), url, getComponent().httpClient(c));
        vendorSteps().forEach(builder::step);
        return builder
                .auth(auth)
                .errorDecoder(decoder)
                .retryPolicy(policy)
                .responseTimeout(Duration.ofMillis(c.getResponseTimeout()))
                .sleeper(c.getRetrySleeper() != null ? c.getRetrySleeper() : Sleeper.SYSTEM)
                .secret(c.getProxyPassword())
                .build();
    }

    /** OAuth2 client credentials from the shared OAuth2 options, with the vendor's default token URL. */
    protected MarTechAuth oauth2(MarTechOAuth2Configuration c, String defaultTokenUrl,
                                 OAuth2ClientCredentialsAuth.ClientAuthentication clientAuthentication) {
        String tokenUrl = c.getOauthTokenUrl() != null ? c.getOauthTokenUrl() : defaultTokenUrl;
        MarTechHttpClient tokenClient = newClient(tokenUrl, MarTechAuth.none(),
                OAuth2ClientCredentialsAuth.tokenErrorDecoder(), retryPolicy().build());
        tokenClient.addSecret(c.getClientSecret());
        return new OAuth2ClientCredentialsAuth(tokenClient, tokenUrl, c.getClientId(), c.getClientSecret(),
                c.getOauthScope(), clientAuthentication, Duration.ofMillis(c.getOauthRenewBefore()), Clock.systemUTC());
    }

    @Override
    public String getServiceUrl() {
        return baseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "rest";
    }

    @Override
    public boolean isLenientProperties() {
        return false;
    }
}
