package io.github.camelmartech.affelios.model;

import io.github.camelmartech.support.json.MarTechModel;

/**
 * Affelios queued the transactions: a 2xx means accepted for asynchronous processing, not processed. Failures
 * show later in the Affelios dashboard, never in this answer.
 *
 * @param status the HTTP status of the (last) call
 * @param count  transactions accepted
 * @param calls  HTTP calls made (one, or one per batch)
 */
public record AffeliosAccepted(int status, int count, int calls) implements MarTechModel {
}
