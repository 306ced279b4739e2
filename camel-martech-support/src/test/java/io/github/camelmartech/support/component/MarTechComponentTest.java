package io.github.camelmartech.support.component;

import io.github.camelmartech.support.auth.MarTechAuth;
import io.github.camelmartech.support.http.JsonErrorDecoder;
import io.github.camelmartech.support.operation.OperationTable;
import io.github.camelmartech.support.operation.RequestResource;
import org.apache.camel.Endpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What every vendor component and endpoint get from the bases: the endpoint's configuration and the vendor's facts. */
class MarTechComponentTest {

    static final OperationTable TABLE = OperationTable.vendor("Fixture", MarTechHeaders.of("Fixture"))
            .resource(RequestResource.of())
            .build();

    @Test
    void anEndpointGetsACopyOfTheComponentsConfigurationWithItsResource() throws Exception {
        FixtureComponent component = new FixtureComponent();
        component.getConfiguration().setBaseUrl("https://sandbox.example");
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.addComponent("fixture", component);
            context.start();

            FixtureEndpoint endpoint = context.getEndpoint("fixture:request", FixtureEndpoint.class);
            endpoint.getConfiguration().setOperation("call");

            assertThat(endpoint.getConfiguration()).isNotSameAs(component.getConfiguration());
            assertThat(endpoint.getConfiguration().getResource()).isEqualTo("request");
            assertThat(endpoint.getConfiguration().getBaseUrl()).isEqualTo("https://sandbox.example");
            assertThat(component.getConfiguration().getResource()).isNull();
            assertThat(component.getConfiguration().getOperation()).isNull();
        }
    }

    @Test
    void theVendorStatesItsNameTableBaseUrlAndDecoderOnce() {
        FixtureEndpoint endpoint = new FixtureEndpoint("fixture:request", new FixtureComponent(),
                new FixtureConfiguration());

        assertThat(endpoint.vendorName()).isEqualTo("Fixture");
        assertThat(endpoint.operationTable()).isSameAs(TABLE);
        assertThat(endpoint.headers().operation()).isEqualTo("CamelFixtureOperation");
        assertThat(endpoint.baseUrl()).isEqualTo("https://api.fixture.invalid");
        assertThat(endpoint.errorDecoder()).isInstanceOf(JsonErrorDecoder.class)
                .isNotSameAs(endpoint.errorDecoder());
        endpoint.getConfiguration().setBaseUrl("https://sandbox.example");
        assertThat(endpoint.baseUrl()).isEqualTo("https://sandbox.example");
    }

    /** The resource is the shared configuration's: a vendor only re-declares it for the catalog. */
    static final class FixtureConfiguration extends MarTechConfiguration {
    }

    static final class FixtureComponent extends MarTechComponent<FixtureConfiguration> {

        private final FixtureConfiguration configuration = new FixtureConfiguration();

        @Override
        protected Endpoint createEndpoint(String uri, FixtureConfiguration config) {
            return new FixtureEndpoint(uri, this, config);
        }

        @Override
        public FixtureConfiguration getConfiguration() {
            return configuration;
        }
    }

    static final class FixtureEndpoint extends MarTechEndpoint<FixtureConfiguration> {

        FixtureEndpoint(String uri, FixtureComponent component, FixtureConfiguration configuration) {
            super(uri, component, new MarTechVendor(TABLE, "https://api.fixture.invalid", JsonErrorDecoder::new),
                    configuration);
        }

        @Override
        protected MarTechAuth createAuth() {
            return MarTechAuth.none();
        }
    }
}
