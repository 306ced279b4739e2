package io.github.camelmartech.sandbox.affelios;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/** A queued transaction that processing could not attach (Affelios' "transaction failure collection"), and why. */
public record AffeliosFailedTransaction(JsonNode transaction, String reason, Instant failedAt) {
}
