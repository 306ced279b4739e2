package io.github.camelmartech.support.webhook;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.support.auth.MarTechAuth;
import io.github.camelmartech.support.component.MarTechComponent;
import io.github.camelmartech.support.component.MarTechConfiguration;
import io.github.camelmartech.support.component.MarTechHeaders;
import io.github.camelmartech.support.component.MarTechVendor;
import io.github.camelmartech.support.error.MarTechInvalidInputException;
import io.github.camelmartech.support.http.JsonErrorDecoder;
import io.github.camelmartech.support.operation.OperationTable;
import io.github.camelmartech.support.operation.RequestResource;
import org.apache.camel.Endpoint;
import org.apache.camel.Processor;
import org.apache.camel.component.webhook.WebhookConfiguration;
import org.apache.camel.spi.RestConfiguration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The webhook plumbing every vendor with callbacks shares: the resource, the methods, the registered URL. */
class MarTechWebhookEndpointTest {

    private static final OperationTable TABLE = OperationTable.vendor("Fixture", MarTechHeaders.of("Fixture"))
            .resource(RequestResource.of())
            .build();
    private static final WebhookItems<JsonNode> ITEMS = List::of;
    private static final Processor NEXT = exchange -> { };

    @Test
    void theWebhookResourceReceivesCallbacksWithTheVendorsMethods() {
        FixtureEndpoint endpoint = endpoint("callbacks");

        assertThat(endpoint.createWebhookHandler(NEXT)).isInstanceOf(MarTechWebhookProcessor.class);
        assertThat(endpoint.getWebhookMethods()).containsExactly("GET", "POST");
    }

    @Test
    void anotherResourceIsNotAWebhook() {
        assertThatThrownBy(() -> endpoint("request").createWebhookHandler(NEXT))
                .isInstanceOf(MarTechInvalidInputException.class)
                .hasMessageContaining("resource")
                .hasMessageContaining("the webhook resource is callbacks: webhook:fixture:callbacks");
    }

    @Test
    void aWebhookResourceTheTableDoesNotListIsNoProducer() {
        assertThatThrownBy(() -> endpoint("callbacks").createProducer())
                .isInstanceOf(MarTechInvalidInputException.class)
                .hasMessageContaining("callbacks is a webhook consumer: from(\"webhook:fixture:callbacks\")");
    }

    @Test
    void withoutAWebhookResourceAnyResourceReceivesCallbacks() {
        FixtureEndpoint endpoint = new FixtureEndpoint("fixture:request", configuration("request"), null);

        assertThat(endpoint.createWebhookHandler(NEXT)).isInstanceOf(MarTechWebhookProcessor.class);
    }

    @Test
    void theRegisteredUrlCarriesTheSecretWhenOneIsSet() throws Exception {
        FixtureEndpoint endpoint = endpoint("callbacks");
        assertThatThrownBy(endpoint::webhookUrl).isInstanceOf(MarTechInvalidInputException.class)
                .hasMessageContaining("webhookExternalUrl");

        WebhookConfiguration webhook = new WebhookConfiguration();
        webhook.setWebhookExternalUrl("https://example.com");
        webhook.setWebhookPath("/cb");
        webhook.storeConfiguration(new RestConfiguration());
        endpoint.setWebhookConfiguration(webhook);
        assertThat(endpoint.webhookUrl()).isEqualTo("https://example.com/cb");

        endpoint.getConfiguration().setWebhookSecret("s3cr t");
        endpoint.getConfiguration().setWebhookSecretParameter("key");
        assertThat(endpoint.webhookUrl()).isEqualTo("https://example.com/cb?key=s3cr+t");
    }

    @Test
    void thereIsNothingToRegisterByDefault() throws Exception {
        FixtureEndpoint endpoint = endpoint("callbacks");
        endpoint.registerWebhook();
        endpoint.unregisterWebhook();
        assertThat(endpoint.getWebhookConfiguration()).isNull();
    }

    private static FixtureEndpoint endpoint(String resource) {
        return new FixtureEndpoint("fixture:" + resource, configuration(resource), "callbacks");
    }

    private static FixtureConfiguration configuration(String resource) {
        FixtureConfiguration configuration = new FixtureConfiguration();
        configuration.setResource(resource);
        return configuration;
    }

    /** The resource is the shared configuration's: a vendor only re-declares it for the catalog. */
    static final class FixtureConfiguration extends MarTechConfiguration {
    }

    static final class FixtureComponent extends MarTechComponent<FixtureConfiguration> {

        @Override
        protected Endpoint createEndpoint(String uri, FixtureConfiguration config) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FixtureConfiguration getConfiguration() {
            return new FixtureConfiguration();
        }
    }

    static final class FixtureEndpoint extends MarTechWebhookEndpoint<FixtureConfiguration> {

        FixtureEndpoint(String uri, FixtureConfiguration configuration, String webhookResource) {
            super(uri, new FixtureComponent(), new MarTechVendor(TABLE, "https://api.fixture.invalid",
                    JsonErrorDecoder::new), configuration, webhookResource, ITEMS, "GET", "POST");
        }

        @Override
        protected MarTechAuth createAuth() {
            return MarTechAuth.none();
        }
    }
}
