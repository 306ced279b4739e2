package io.github.camelmartech.apifon;

import io.github.camelmartech.support.operation.OperationTable;
import io.github.camelmartech.support.operation.RequestResource;

/**
 * Apifon's REST API as a table: the gateway resources ({@link ApifonGatewayTable}: sms, im, otp, balance), the list
 * resources ({@link ApifonListTable}: lists, subscribers, bounces) and request. Callbacks are the webhook's
 * ({@link ApifonCallbacks}), not an operation. The table classes reference this one only for constants, so none
 * of them can be initialized half-way.
 */
final class ApifonOperations {

    static final String API = "/services/api/v1";

    static final OperationTable TABLE = OperationTable.vendor("Apifon")
            .resource(ApifonGatewayTable.sms())
            .resource(ApifonGatewayTable.im())
            .resource(ApifonGatewayTable.otp())
            .resource(ApifonGatewayTable.balance())
            .resource(ApifonListTable.lists())
            .resource(ApifonListTable.subscribers())
            .resource(ApifonListTable.bounces())
            .resource(RequestResource.of())
            .build();

    private ApifonOperations() {
    }
}
