package io.github.camelmartech.testvendor;

import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.support.auth.ApiKeyHeaderAuth;
import io.github.camelmartech.support.auth.MarTechAuth;
import io.github.camelmartech.support.component.MarTechVendor;
import io.github.camelmartech.support.http.JsonErrorDecoder;
import io.github.camelmartech.support.webhook.MarTechWebhookEndpoint;
import io.github.camelmartech.support.webhook.WebhookItems;
import org.apache.camel.Category;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;

/**
 * A minimal vendor: items with an id and an {@code updated} date, paged by {@code links.next}, API key in a header,
 * callbacks carrying {@code {"data":[items]}}. Proves the support module end to end; its operations are the table
 * {@link TestVendorOperations}.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "testvendor", title = "Test Vendor", syntax = "testvendor:resource",
             category = { Category.SAAS }, headersClass = TestVendorConstants.class)
public class TestVendorEndpoint extends MarTechWebhookEndpoint<TestVendorConfiguration> {

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

    public TestVendorEndpoint(String uri, TestVendorComponent component, TestVendorConfiguration configuration) {
        // the test vendor has no registration API
        super(uri, component, new MarTechVendor(TestVendorOperations.TABLE, "https://api.testvendor.invalid",
                JsonErrorDecoder::new), configuration, null, CALLBACK_ITEMS, "POST");
        this.configuration = configuration;
    }

    @Override
    protected MarTechAuth createAuth() {
        return new ApiKeyHeaderAuth("X-Api-Key", null, configuration.getApiKey(), "apiKey");
    }
}
