package io.github.camelmartech.testvendor;

import java.util.Properties;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelmartech.support.error.MarTechInvalidInputException;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.test.junit5.CamelContextConfiguration;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code camel.component.testvendor.*} given as override properties of a plain CamelContext (what
 * {@code useOverridePropertiesWithPropertiesComponent} does) configure the component, as Camel Main would.
 */
class TestVendorContextPropertiesTest extends CamelTestSupport {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Override
    public void configureContext(CamelContextConfiguration configuration) {
        super.configureContext(configuration);
        Properties properties = new Properties();
        properties.setProperty("camel.component.testvendor.baseUrl", wm.baseUrl());
        properties.setProperty("camel.component.testvendor.api-key", "{{vendor.key}}"); // dashes and placeholders, as in Main
        properties.setProperty("vendor.key", "key-from-properties");
        properties.setProperty("camel.component.other.apiKey", "not ours");
        configuration.withUseOverridePropertiesWithPropertiesComponent(properties);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:get").to("testvendor:items?operation=get");
            }
        };
    }

    @Test
    void overridePropertiesConfigureTheComponent() {
        wm.stubFor(get("/v1/items/i1").willReturn(okJson("{\"id\":\"i1\"}")));

        template.sendBodyAndHeader("direct:get", null, TestVendorConstants.ITEM_ID, "i1");

        wm.verify(getRequestedFor(urlEqualTo("/v1/items/i1")).withHeader("X-Api-Key", equalTo("key-from-properties")));
        assertThat(context.getComponent("testvendor", TestVendorComponent.class).getConfiguration().getApiKey())
                .isEqualTo("key-from-properties");
    }

    @Test
    void anUnknownComponentOptionFailsNamingItsKey() throws Exception {
        try (CamelContext other = new DefaultCamelContext()) {
            Properties properties = new Properties();
            properties.setProperty("camel.component.testvendor.apiKee", "x");
            other.getPropertiesComponent().setOverrideProperties(properties);

            other.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:unknown").to("testvendor:items");
                }
            });

            assertThatThrownBy(other::start).hasStackTraceContaining("apiKee");
        }
    }

    @Test
    void withoutCredentialsTheEndpointStartsAndTheFirstCallFailsNamingTheOption() throws Exception {
        try (CamelContext other = new DefaultCamelContext()) {
            other.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:send").to("testvendor:items?baseUrl=" + wm.baseUrl());
                }
            });
            other.start(); // an endpoint a test mocks is started too; it must not need credentials

            assertThatThrownBy(() -> other.createProducerTemplate().sendBody("direct:send", java.util.Map.of("name", "n")))
                    .rootCause().isInstanceOfSatisfying(MarTechInvalidInputException.class, e -> {
                        assertThat(e.getField()).isEqualTo("apiKey");
                        assertThat(e.getRule()).isEqualTo("is required");
                    });
        }
        wm.verify(0, anyRequestedFor(anyUrl()));
    }
}
