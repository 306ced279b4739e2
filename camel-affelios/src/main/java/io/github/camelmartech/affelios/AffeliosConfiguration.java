package io.github.camelmartech.affelios;

import io.github.camelmartech.support.component.MarTechConfiguration;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

@UriParams
public class AffeliosConfiguration extends MarTechConfiguration {

    // The shared options operation, httpMethod, path and resource keep their values in the support module's
    // configuration; they are declared here, for the catalog only, to name this component's headers and resources.
    @UriParam(label = "producer", enums = "call,create,get,update",
              description = "The operation to perform on the resource; the header "
                            + AffeliosConstants.OPERATION + " overrides it per message.")
    private String operation;
    @UriParam(label = "producer", enums = "GET,POST,PUT,PATCH,DELETE",
              description = "The HTTP method of the request resource; the header " + AffeliosConstants.HTTP_METHOD
                            + " overrides it.")
    private String httpMethod;
    @UriParam(label = "producer", description = "The path of the request resource, relative to baseUrl; the header "
                                                + AffeliosConstants.PATH + " overrides it.")
    private String path;

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
    @UriParam(label = "producer", defaultValue = "false",
              description = "Also send a customer's clickKey as clickId, a name one revision of the vendor's documents"
                            + " used; not in the seed document, so off unless the live API wants it.")
    private boolean sendClickIdAlias;

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
}
