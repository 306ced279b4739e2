package io.github.camelmartech.testvendor;

import io.github.camelmartech.support.component.MarTechConfiguration;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

@UriParams
public class TestVendorConfiguration extends MarTechConfiguration {

    @UriParam(label = "producer", enums = "call,create,get,list",
              description = "The operation to perform on the resource (each resource has a default); the header"
                            + " CamelTestVendorOperation overrides it per message.")
    private String operation;
    @UriPath(description = "The resource: items, or request for any call.", enums = "items,request")
    @Metadata(required = true)
    private String resource;
    @UriParam(label = "security", secret = true, description = "The API key, sent in the X-Api-Key header.")
    private String apiKey;

    public String getResource() {
        return resource;
    }

    public void setResource(String resource) {
        this.resource = resource;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    @Override
    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }
}
