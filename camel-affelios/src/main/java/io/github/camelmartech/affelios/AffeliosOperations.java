package io.github.camelmartech.affelios;

import io.github.camelmartech.affelios.model.AffeliosCustomer;
import io.github.camelmartech.support.operation.ApiOperation;
import io.github.camelmartech.support.operation.OperationCall;
import io.github.camelmartech.support.operation.OperationTable;
import io.github.camelmartech.support.operation.RequestResource;
import io.github.camelmartech.support.operation.Resource;
import io.github.camelmartech.support.operation.Value;

import static io.github.camelmartech.support.operation.Rule.required;

/**
 * The Affelios Platform API as a table: customers (create, get, update), transactions (one, or a list in batches),
 * request. Affelios publishes no list endpoints, so no resource is polled.
 */
final class AffeliosOperations {

    private static final String CUSTOMER = "/api/v1/customer";
    private static final Value CUSTOMER_ID = Value.header(AffeliosConstants.CUSTOMER_ID).orOption("customerId");

    static final OperationTable TABLE = OperationTable.vendor("Affelios")
            .resource(Resource.named("customers").description("Customers registered in your system.")
                    .defaultOperation(ApiOperation.post("create", CUSTOMER).body(AffeliosCustomer.class)
                            .defaults(AffeliosOperations::clickIdAlias)
                            .check((c, customer) -> c.field("externalId", customer.getExternalId(), required())
                                    .field("externalBrandId", customer.getExternalBrandId(), required())
                                    .field("registrationDate", customer.getRegistrationDate(), required()))
                            .result(AffeliosCustomer.class).emptyResult(noBody -> null)
                            .description("Creates a customer; externalId, externalBrandId and registrationDate are"
                                         + " required. An empty 2xx is a success with a null body. *Not in the vendor"
                                         + " document:* with sendClickIdAlias=true, clickKey is also sent as clickId."))
                    .operation(ApiOperation.get("get", CUSTOMER + "/{customerId}").path("customerId", CUSTOMER_ID)
                            .result(AffeliosCustomer.class)
                            .description("One customer by the id Affelios returned on create (not your externalId)."))
                    .operation(ApiOperation.put("update", CUSTOMER + "/{customerId}").path("customerId", CUSTOMER_ID)
                            .body(AffeliosCustomer.class).defaults(AffeliosOperations::clickIdAlias)
                            .result(AffeliosCustomer.class).emptyResult(noBody -> null)
                            .description("Updates a customer. *Not in the vendor document:* the method (its page"
                                         + " shows the path and the body only).")))
            .resource(Resource.named("transactions").description("Transactions Affelios queues for processing.")
                    .defaultOperation(ApiOperation.custom("create", AffeliosTransactions::create)
                            .description("One transaction: POST " + AffeliosTransactions.TRANSACTION + ". A List:"
                                         + " POST calls of batchSize to batchPath (*not in the vendor document*)."
                                         + " Never repeated once it may have reached Affelios. The body is"
                                         + " AffeliosAccepted.")))
            .resource(RequestResource.of())
            .build();

    private AffeliosOperations() {
    }

    /** One revision of the vendor's documents called the click key clickId; sent too only when asked for. */
    private static void clickIdAlias(OperationCall call, AffeliosCustomer customer) {
        if (Boolean.TRUE.equals(call.option("sendClickIdAlias")) && customer.getClickKey() != null
            && !customer.getOther().containsKey("clickId")) {
            customer.setOther("clickId", customer.getClickKey());
        }
    }
}
