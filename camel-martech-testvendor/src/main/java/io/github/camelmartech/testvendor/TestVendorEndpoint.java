package io.github.camelmartech.testvendor;

import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.support.auth.ApiKeyHeaderAuth;
import io.github.camelmartech.support.auth.MarTechAuth;
import io.github.camelmartech.support.component.MarTechEndpoint;
import io.github.camelmartech.support.operation.OperationTable;
import io.github.camelmartech.support.webhook.MarTechWebhookProcessor;
import io.github.camelmartech.support.webhook.WebhookItems;
import org.apache.camel.Category;
import org.apache.camel.Processor;
import org.apache.camel.component.webhook.WebhookCapableEndpoint;
import org.apache.camel.component.webhook.WebhookConfiguration;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;

/**
 * A minimal vendor: items with an id and an {@code updated} date, paged by {@code links.next}, API key in a header,
 * callbacks carrying {@code {"data":[items]}}. Proves the support module end to end; its operations are the table
 * {@link TestVendorOperations}.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "testvendor", title = "Test Vendor", syntax = "testvendor:resource",
             category = { Category.SAAS }, headersClass = TestVendorConstants.class)
public class TestVendorEndpoint extends MarTechEndpoint implements WebhookCapableEndpoint {

    /** Callback bodies: {@code {"data":[items]}}. */
    private static final WebhookItems<JsonNode> CALLBACK_ITEMS = body -> {
        JsonNode data = body.path("data");
        if (!data.isArray()) {
            throw new IllegalArgumentException("data must be an array");
        }
        return StreamSupport.stream(data.spliterator(), false).toList();
    };

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
    public OperationTable operationTable() {
        return TestVendorOperations.TABLE;
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
    public Processor createWebhookHandler(Processor next) {
        return new MarTechWebhookProcessor<>(next, CALLBACK_ITEMS, configuration);
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
