package io.github.camelmartech.affelios;

import io.github.camelmartech.support.component.MarTechConfiguration;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

@UriParams
public class AffeliosConfiguration extends MarTechConfiguration {

    @UriParam(label = "producer",
              description = "The operation to perform on the resource (each resource has a default); the header"
                            + " CamelAffeliosOperation overrides it per message.")
    private String operation;
    @UriPath(description = "The resource: customers, transactions, or request for any other call.",
             enums = "customers,transactions,request")
    @Metadata(required = true)
    private String resource;
    @UriParam(label = "security", secret = true, description = "The Affelios API key, sent in the X-Api-Key header.")
    @Metadata(required = true)
    private String apiKey;
    @UriParam(label = "producer", description = "The Affelios customer id for customers get and update; the header"
                                                + " CamelAffeliosCustomerId overrides it.")
    private String customerId;
    @UriParam(label = "producer", defaultValue = "100",
              description = "Transactions per batch call when the body is a list of transactions.")
    private int batchSize = 100;
    @UriParam(label = "producer", defaultValue = "/api/v1/transaction/batch",
              description = "The path of the batch transactions call; the vendor documents batches but not their"
                            + " path, so it is configurable.")
    private String batchPath = "/api/v1/transaction/batch";
    @UriParam(label = "producer", defaultValue = "true",
              description = "Also send a customer's clickKey as clickId: the vendor's documents use both names.")
    private boolean sendClickIdAlias = true;

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

    public String getCustomerId() {
        return customerId;
    }

    public void setCustomerId(String customerId) {
        this.customerId = customerId;
    }

    public int getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    public String getBatchPath() {
        return batchPath;
    }

    public void setBatchPath(String batchPath) {
        this.batchPath = batchPath;
    }

    public boolean isSendClickIdAlias() {
        return sendClickIdAlias;
    }

    public void setSendClickIdAlias(boolean sendClickIdAlias) {
        this.sendClickIdAlias = sendClickIdAlias;
    }

    @Override
    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }
}
