package io.github.camelmartech.apifon;

import io.github.camelmartech.apifon.model.Balance;
import io.github.camelmartech.support.component.Operations;
import io.github.camelmartech.support.http.ApiRequest;

/** The {@code balance} resource: {@code get} (default), the account balance and sender-id subscriptions. */
final class BalanceOperations {

    private BalanceOperations() {
    }

    static Operations operations() {
        return Operations.forResource("balance")
                .addDefault("get", (exchange, client) -> ApifonBodies.result(exchange, client.execute(
                        // a read Apifon exposes as POST with an empty body: safe to retry
                        ApiRequest.post(ApifonBodies.API + "/balance").idempotent(true)
                                .header("Content-Type", "application/json").build()), Balance.class))
                .build();
    }
}
