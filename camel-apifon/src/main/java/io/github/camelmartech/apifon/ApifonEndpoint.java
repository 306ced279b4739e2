package io.github.camelmartech.apifon;

import java.util.List;
import java.util.function.BiConsumer;

import io.github.camelmartech.support.auth.MarTechAuth;
import io.github.camelmartech.support.auth.OAuth2ClientCredentialsAuth;
import io.github.camelmartech.support.component.MarTechEndpoint;
import io.github.camelmartech.support.component.MarTechProducer;
import io.github.camelmartech.support.component.Operations;
import io.github.camelmartech.support.component.RequestOperation;
import io.github.camelmartech.support.consumer.MarTechPollingConsumer;
import io.github.camelmartech.support.consumer.PolledCollection;
import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.http.ErrorDecoder;
import io.github.camelmartech.support.webhook.MarTechWebhookProcessor;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
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
        if ("callbacks".equals(configuration.getResource())) {
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

    @Override
    public Producer createProducer() {
        Operations operations = switch (resource()) {
            case "sms" -> new SmsOperations(configuration).operations();
            case "im" -> new ImOperations(configuration).operations();
            case "otp" -> new OtpOperations(configuration).operations();
            case "balance" -> BalanceOperations.operations();
            case "lists" -> new ListOperations(configuration).operations();
            case "subscribers" -> new SubscriberOperations(configuration).operations();
            case "bounces" -> new BounceOperations(configuration).operations();
            case "request" -> Operations.forResource("request")
                    .addDefault("call", new RequestOperation(configuration, headers())).build();
            case "callbacks" -> throw new MarTechInvalidInputException("resource",
                    "callbacks is a webhook consumer: from(\"webhook:apifon:callbacks\")");
            default -> throw unknownResource();
        };
        return new MarTechProducer(this, operations);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        Consumer consumer = switch (resource()) {
            case "lists" -> consumer(processor, ApifonCollection.lists(getClient(), configuration),
                    (exchange, list) -> itemHeaders(exchange, list, list.getId()));
            case "subscribers" -> consumer(processor, ApifonCollection.subscribers(getClient(), configuration),
                    (exchange, subscriber) -> {
                        itemHeaders(exchange, subscriber, subscriber.getId());
                        exchange.getMessage().setHeader(ApifonConstants.LIST_ID, configuration.getListId());
                        exchange.getMessage().setHeader(ApifonConstants.SUBSCRIBER_ID, subscriber.getDestinationId());
                    });
            case "bounces" -> consumer(processor, ApifonCollection.bounces(getClient(), configuration),
                    (exchange, bounce) -> {
                        itemHeaders(exchange, bounce, bounce.getDestination());
                        exchange.getMessage().setHeader(ApifonConstants.DESTINATION, bounce.getDestination());
                    });
            default -> throw new MarTechInvalidInputException("resource", "only lists, subscribers and bounces can be"
                                                                          + " polled; callbacks arrive through"
                                                                          + " webhook:apifon:callbacks");
        };
        return consumer;
    }

    private <T> Consumer consumer(Processor processor, PolledCollection<T> collection, BiConsumer<Exchange, T> populator)
            throws Exception {
        MarTechPollingConsumer<T> consumer = new MarTechPollingConsumer<>(this, processor, collection, populator);
        configureConsumer(consumer);
        return consumer;
    }

    private static void itemHeaders(Exchange exchange, Object item, String id) {
        exchange.getMessage().setBody(item);
        exchange.getMessage().setHeader(ApifonConstants.ITEM_ID, id);
    }

    private String resource() {
        String resource = configuration.getResource();
        if (resource == null || resource.isBlank()) {
            throw unknownResource();
        }
        return resource;
    }

    private static MarTechInvalidInputException unknownResource() {
        return new MarTechInvalidInputException("resource", "must be one of sms, im, otp, balance, lists, subscribers,"
                                                            + " bounces, callbacks, request");
    }

    @Override
    public Processor createWebhookHandler(Processor next) {
        if (!"callbacks".equals(resource())) {
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
