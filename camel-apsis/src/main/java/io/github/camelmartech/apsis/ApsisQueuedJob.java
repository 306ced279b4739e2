package io.github.camelmartech.apsis;

import java.net.URI;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.apsis.model.QueuedOperation;
import io.github.camelmartech.apsis.model.QueuedStatus;
import io.github.camelmartech.support.error.ApiError;
import io.github.camelmartech.support.error.ErrorKind;
import io.github.camelmartech.support.error.MarTechApiException;
import io.github.camelmartech.support.error.MarTechMalformedResponseException;
import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.ApiResponse;
import io.github.camelmartech.support.http.MarTechHttpClient;
import io.github.camelmartech.support.json.MarTechJson;
import io.github.camelmartech.support.retry.JobWait;

/**
 * Runs the second and third step of a queued method: polls its PollURL with doubling pauses until the state is
 * terminal, then fetches the DataUrl file. Both URLs go through the endpoint's client, whose signing and throttle
 * apply only to the API's origin, so the API key never reaches another host APSIS names. A failed, fatal or rejected
 * state becomes an exception; running past the timeout an {@link ApsisQueuedTimeoutException} with the handle.
 */
final class ApsisQueuedJob {

    static final int COMPLETED = 2;

    private final JobWait wait;

    ApsisQueuedJob(ApsisConfiguration c) {
        this.wait = new JobWait(Duration.ofMillis(c.getQueuedTimeout()), Duration.ofMillis(c.getQueuedPollInterval()),
                Duration.ofMillis(c.getQueuedMaxPollInterval()), c.clockOrSystem(), c.sleeperOrSystem());
    }

    /** The handle in a Result, or null when the Result is not that of a queued method. */
    static QueuedOperation handle(ApiResponse response, JsonNode result) {
        if (result == null || !result.isObject() || !result.hasNonNull("PollURL")) {
            return null;
        }
        return response.bind(result, MarTechJson.mapper().constructType(QueuedOperation.class), "APSIS queued handle");
    }

    /** Waits for the operation; its DataUrl answer (JSON, not wrapped in the envelope), null when it has no file. */
    ApiResponse await(QueuedOperation operation, MarTechHttpClient client) {
        QueuedStatus status = wait.until(() -> poll(operation, client), s -> state(s) == COMPLETED || state(s) < 0,
                () -> new ApsisQueuedTimeoutException("APSIS queued operation " + operation.getOperationGuid()
                                                      + " did not end within " + wait.timeout() + "; poll "
                                                      + operation.getPollUrl() + " later", operation),
                "an APSIS queued operation");
        if (state(status) < 0) {
            throw failure(operation, status, client);
        }
        return data(operation, status, client);
    }

    private static int state(QueuedStatus status) {
        return status.getState() == null ? 0 : status.getState();
    }

    private QueuedStatus poll(QueuedOperation operation, MarTechHttpClient client) {
        ApiResponse response = client.execute(ApiRequest.link("GET", absolute(operation.getPollUrl(), "PollURL"))
                .header("Accept", "application/json").build());
        JsonNode body = response.requireJson();
        // the poll file is a bare status object; accept an envelope around it too
        JsonNode status = body.has("State") ? body : body.path("Result");
        if (!status.has("State")) {
            throw response.malformed("Expected a State in the PollURL answer", null);
        }
        return response.bind(status, MarTechJson.mapper().constructType(QueuedStatus.class), "APSIS queued status");
    }

    private ApiResponse data(QueuedOperation operation, QueuedStatus status, MarTechHttpClient client) {
        if (status.getDataUrl() == null || status.getDataUrl().isBlank()) {
            return null; // an operation that produces no file (a delete) completed
        }
        return client.execute(ApiRequest.link("GET", absolute(status.getDataUrl(), "DataUrl"))
                .header("Accept", "application/json").build());
    }

    private static MarTechApiException failure(QueuedOperation operation, QueuedStatus status,
                                               MarTechHttpClient client) {
        String message = (status.getStateName() != null ? status.getStateName() : "failed")
                         + (status.getMessage() != null ? ": " + status.getMessage() : "");
        ApiError error = ApiError.builder(0).kind(ErrorKind.SERVER).vendorCode("State " + status.getState())
                .vendorMessage(client.secretMasker().mask(message))
                .detail("OperationGuid", operation.getOperationGuid()).build();
        return MarTechApiException.of(client.vendor(), error);
    }

    private static String absolute(String url, String field) {
        try {
            URI uri = URI.create(url);
            if (uri.getHost() != null && ("http".equalsIgnoreCase(uri.getScheme())
                                          || "https".equalsIgnoreCase(uri.getScheme()))) {
                return url;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new MarTechMalformedResponseException("APSIS " + field + " is not an absolute http(s) URL", 200,
                String.valueOf(url), null);
    }
}
