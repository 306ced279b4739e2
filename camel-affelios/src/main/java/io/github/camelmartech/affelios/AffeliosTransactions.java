package io.github.camelmartech.affelios;

import java.util.List;

import io.github.camelmartech.affelios.model.AffeliosAccepted;
import io.github.camelmartech.affelios.model.AffeliosTransaction;
import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.json.MarTechJson;
import io.github.camelmartech.support.operation.Body;
import io.github.camelmartech.support.operation.OperationCall;
import io.github.camelmartech.support.operation.Rule;
import io.github.camelmartech.support.operation.Value;

/**
 * {@code transactions create}, the table's one flow: one transaction is one call to {@link #TRANSACTION}; a
 * {@code List} is bound whole first (a bad element is named by its index before anything is sent), then sent in
 * order as calls of {@code batchSize} to {@code batchPath}. Every call is a POST, which the transport never repeats
 * once it may have reached Affelios, so a failure says how many transactions earlier calls delivered.
 */
final class AffeliosTransactions {

    static final String TRANSACTION = "/api/v1/transaction";

    private static final Body<AffeliosTransaction> ONE = Body.of(AffeliosTransaction.class);
    private static final Body<List<AffeliosTransaction>> LIST = Body.of(MarTechJson.mapper(),
            MarTechJson.listOf(AffeliosTransaction.class));
    private static final Value BATCH_SIZE = Value.option("batchSize").check(Rule.range(1, Long.MAX_VALUE));
    private static final Value BATCH_PATH = Value.option("batchPath")
            .check(Rule.pattern("/[^{}?#\\s]*", "must be a path relative to baseUrl, starting with /"));

    private AffeliosTransactions() {
    }

    static void create(OperationCall call) {
        boolean list = call.in().getBody() instanceof List<?>;
        List<AffeliosTransaction> all = list ? LIST.bind(call.in().getBody()) : List.of(ONE.bind(call.in().getBody()));
        int size = list ? (Integer) BATCH_SIZE.require("batchSize", call, null) : 1;
        String path = list ? BATCH_PATH.require("batchPath", call, null).toString() : TRANSACTION;
        int sent = 0;
        int calls = 0;
        int status = 0;
        for (; sent < all.size(); calls++) {
            List<AffeliosTransaction> batch = all.subList(sent, Math.min(sent + size, all.size()));
            try {
                status = call.endpoint().getClient()
                        .execute(ApiRequest.post(path).jsonBody(list ? batch : batch.get(0)).build()).status();
            } catch (RuntimeException e) {
                call.in().setHeader(AffeliosConstants.ACCEPTED_COUNT, sent);
                throw sent == 0 ? e : new AffeliosPartialBatchException(sent, all.size(), e);
            }
            sent += batch.size();
        }
        call.in().setHeader(AffeliosConstants.ACCEPTED_COUNT, sent);
        call.in().setBody(new AffeliosAccepted(status, sent, calls));
    }
}
