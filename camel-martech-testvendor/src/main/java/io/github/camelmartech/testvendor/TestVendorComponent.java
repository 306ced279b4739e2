package io.github.camelmartech.testvendor;

import java.util.Map;

import io.github.camelmartech.support.component.MarTechComponent;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;

@Component("testvendor")
public class TestVendorComponent extends MarTechComponent {

    @Metadata(description = "Options shared by every endpoint of this component.")
    private TestVendorConfiguration configuration = new TestVendorConfiguration();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        TestVendorConfiguration config = configuration.copy();
        config.setResource(remaining);
        TestVendorEndpoint endpoint = new TestVendorEndpoint(uri, this, config);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    public TestVendorConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(TestVendorConfiguration configuration) {
        this.configuration = configuration;
    }
}
