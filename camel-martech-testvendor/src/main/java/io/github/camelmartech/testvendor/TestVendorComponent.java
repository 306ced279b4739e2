package io.github.camelmartech.testvendor;

import io.github.camelmartech.support.component.MarTechComponent;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;

@Component("testvendor")
public class TestVendorComponent extends MarTechComponent<TestVendorConfiguration> {

    @Metadata(description = "Options shared by every endpoint of this component.")
    private TestVendorConfiguration configuration = new TestVendorConfiguration();

    @Override
    protected Endpoint createEndpoint(String uri, TestVendorConfiguration config) {
        return new TestVendorEndpoint(uri, this, config);
    }

    @Override
    public TestVendorConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(TestVendorConfiguration configuration) {
        this.configuration = configuration;
    }
}
