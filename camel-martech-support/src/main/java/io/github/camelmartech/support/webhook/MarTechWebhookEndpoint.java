package io.github.camelmartech.support.webhook;

import java.util.List;
import java.util.Map;

import io.github.camelmartech.support.component.MarTechComponent;
import io.github.camelmartech.support.component.MarTechConfiguration;
import io.github.camelmartech.support.component.MarTechEndpoint;
import io.github.camelmartech.support.component.MarTechVendor;
import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.operation.Resource;
import org.apache.camel.Processor;
import org.apache.camel.component.webhook.WebhookCapableEndpoint;
import org.apache.camel.component.webhook.WebhookConfiguration;
import org.apache.camel.util.StringHelper;
import org.apache.camel.util.URISupport;

/**
 * Base of a vendor endpoint that receives the vendor's callbacks through camel-webhook
 * ({@code from("webhook:apifon:callbacks")}): the handler refuses what is not a valid callback before the route
 * ({@link MarTechWebhookProcessor}) and emits one exchange per item the vendor's {@link WebhookItems} parser finds.
 * A vendor with a registration API overrides {@link #registerWebhook()} and {@link #unregisterWebhook()}, pointing the
 * vendor at {@link #webhookUrl()}; by default there is nothing to register. Without one, receiving callbacks needs no
 * credentials: the client, and with it the vendor's auth, is built on the first call, and a resource that is only a
 * webhook has no producer or consumer to call ({@link #tableResource()} refuses them).
 *
 * @param <C> the vendor's configuration
 */
public abstract class MarTechWebhookEndpoint<C extends MarTechConfiguration> extends MarTechEndpoint<C>
        implements WebhookCapableEndpoint {

    private final String webhookResource;
    private final WebhookItems<?> items;
    private final List<String> methods;
    private WebhookConfiguration webhookConfiguration;

    /**
     * @param webhookResource the resource a webhook route names, null when any may; a resource the table does not
     *                        list is a webhook consumer only
     * @param items           the vendor's parser of a callback body into its items
     * @param methods         the HTTP methods the vendor calls back with
     */
    protected MarTechWebhookEndpoint(String uri, MarTechComponent<C> component, MarTechVendor vendor, C configuration,
                                     String webhookResource, WebhookItems<?> items, String... methods) {
        super(uri, component, vendor, configuration);
        this.webhookResource = webhookResource;
        this.items = items;
        this.methods = List.of(methods);
    }

    @Override
    protected Resource tableResource() {
        String resource = getConfiguration().getResource();
        if (resource != null && resource.equals(webhookResource)
                && operationTable().resources().stream().noneMatch(r -> r.name().equals(resource))) {
            throw new MarTechInvalidInputException("resource", resource + " is a webhook consumer:"
                                                               + " from(\"webhook:" + scheme() + ":" + resource + "\")");
        }
        return super.tableResource();
    }

    @Override
    public Processor createWebhookHandler(Processor next) {
        if (webhookResource != null && !webhookResource.equals(getConfiguration().getResource())) {
            throw new MarTechInvalidInputException("resource", "the webhook resource is " + webhookResource + ":"
                                                               + " webhook:" + scheme() + ":" + webhookResource);
        }
        return webhookHandler(new MarTechWebhookProcessor<>(next, items, getConfiguration()));
    }

    /** The handler camel-webhook calls: the shared checks and parsing; a vendor wraps it where its calls differ. */
    protected Processor webhookHandler(MarTechWebhookProcessor<?> handler) {
        return handler;
    }

    /** Nothing to register unless the vendor has a registration API. */
    @Override
    public void registerWebhook() throws Exception {
        // no registration API
    }

    /** Nothing registered unless the vendor has a registration API. */
    @Override
    public void unregisterWebhook() throws Exception {
        // no registration API
    }

    /**
     * The URL camel-webhook serves this route at, for a vendor's registration, with the shared secret as the query
     * parameter {@code webhookSecretParameter} when {@code webhookSecret} is set.
     */
    protected String webhookUrl() throws Exception {
        if (webhookConfiguration == null) {
            throw new MarTechInvalidInputException("webhookExternalUrl", "is needed to register the callback");
        }
        String url = webhookConfiguration.computeFullExternalUrl();
        String secret = getConfiguration().getWebhookSecret();
        if (secret == null || secret.isEmpty()) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + URISupport.createQueryString(
                Map.of(getConfiguration().getWebhookSecretParameter(), secret));
    }

    private String scheme() {
        return StringHelper.before(getEndpointUri(), ":");
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
        return methods;
    }
}
