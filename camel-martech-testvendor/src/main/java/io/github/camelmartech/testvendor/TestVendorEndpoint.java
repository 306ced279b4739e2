package io.github.camelmartech.testvendor;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.support.auth.ApiKeyHeaderAuth;
import io.github.camelmartech.support.auth.MarTechAuth;
import io.github.camelmartech.support.component.MarTechEndpoint;
import io.github.camelmartech.support.component.MarTechProducer;
import io.github.camelmartech.support.component.Operations;
import io.github.camelmartech.support.component.RequestOperation;
import io.github.camelmartech.support.consumer.MarTechPollingConsumer;
import io.github.camelmartech.support.consumer.PolledCollection;
import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.paging.NextLinkPaginator;
import io.github.camelmartech.support.paging.PageWalker;
import io.github.camelmartech.support.webhook.MarTechWebhookProcessor;
import io.github.camelmartech.support.webhook.WebhookItems;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.component.webhook.WebhookCapableEndpoint;
import org.apache.camel.component.webhook.WebhookConfiguration;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;

/**
 * A minimal vendor: items with an id and an {@code updated} date, paged by {@code links.next}, API key in a header,
 * callbacks carrying {@code {"data":[items]}}. Proves the support module end to end.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "testvendor", title = "Test Vendor", syntax = "testvendor:resource",
             category = { Category.SAAS }, headersClass = TestVendorConstants.class)
public class TestVendorEndpoint extends MarTechEndpoint implements WebhookCapableEndpoint {

    static final NextLinkPaginator PAGINATOR = new NextLinkPaginator("/results", "/links/next", "size", "/meta/total");

    @UriParam
    private TestVendorConfiguration configuration;

    private WebhookConfiguration webhookConfiguration;

    public TestVendorEndpoint(String uri, TestVendorComponent component, TestVendorConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public TestVendorConfiguration getConfiguration() {
        return configuration;
    }

    @Override
    public String vendorName() {
        return "TestVendor";
    }

    @Override
    protected String defaultBaseUrl() {
        return "https://api.testvendor.invalid";
    }

    @Override
    protected MarTechAuth createAuth() {
        return new ApiKeyHeaderAuth("X-Api-Key", null, configuration.getApiKey(), "apiKey");
    }

    @Override
    public Producer createProducer() {
        Operations operations = switch (configuration.getResource()) {
            case "items" -> Operations.forResource("items")
                    .addDefault("create", (exchange, client) -> {
                        Map<?, ?> body = exchange.getMessage().getMandatoryBody(Map.class);
                        if (body.get("name") == null) {
                            throw new MarTechInvalidInputException("name", "is required");
                        }
                        JsonNode created = client.execute(ApiRequest.post("/v1/items").jsonBody(body).build()).json();
                        exchange.getMessage().setBody(created);
                    })
                    .add("get", (exchange, client) -> {
                        String id = exchange.getMessage().getHeader(TestVendorConstants.ITEM_ID, String.class);
                        exchange.getMessage().setBody(client.execute(ApiRequest.get("/v1/items/{id}", id).build()).json());
                    })
                    .build();
            case "request" -> Operations.forResource("request")
                    .addDefault("call", new RequestOperation(configuration, headers())).build();
            default -> throw new MarTechInvalidInputException("resource", "must be items or request");
        };
        return new MarTechProducer(this, operations);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        MarTechPollingConsumer<JsonNode> consumer = new MarTechPollingConsumer<>(this, processor, new Items(),
                (exchange, item) -> {
                    exchange.getMessage().setBody(item);
                    exchange.getMessage().setHeader(TestVendorConstants.ITEM_ID, item.path("id").asText());
                });
        configureConsumer(consumer);
        return consumer;
    }

    /** The items collection, oldest change first. */
    private final class Items implements PolledCollection<JsonNode> {
        @Override
        public Iterator<List<JsonNode>> pages(Instant since) {
            ApiRequest collection = ApiRequest.get("/v1/items").query("sort", "updated")
                    .query("since", since == null ? null : since.toString()).build();
            PageWalker<JsonNode> walker = new PageWalker<>(getClient(), PAGINATOR, collection,
                    configuration.getPageSize(), configuration.getMaxPages(), node -> node);
            return walker.pageItems();
        }

        @Override
        public String idOf(JsonNode item) {
            return item.path("id").asText();
        }

        @Override
        public Instant watermarkOf(JsonNode item) {
            return item.hasNonNull("updated") ? Instant.parse(item.get("updated").asText()) : null;
        }

        @Override
        public boolean hasWatermark() {
            return true;
        }
    }

    @Override
    public Processor createWebhookHandler(Processor next) {
        WebhookItems<JsonNode> items = body -> {
            JsonNode data = body.path("data");
            if (!data.isArray()) {
                throw new IllegalArgumentException("data must be an array");
            }
            return java.util.stream.StreamSupport.stream(data.spliterator(), false).toList();
        };
        return new MarTechWebhookProcessor<>(next, items, configuration);
    }

    @Override
    public void registerWebhook() {
        // the test vendor has no registration API
    }

    @Override
    public void unregisterWebhook() {
        // the test vendor has no registration API
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
