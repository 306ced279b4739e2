package io.github.camelmartech.apsis;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.apsis.model.QueuedOperation;
import io.github.camelmartech.support.http.ApiResponse;
import io.github.camelmartech.support.operation.ApiOperation;
import io.github.camelmartech.support.operation.OperationCall;
import io.github.camelmartech.support.operation.ResultReader;
import org.apache.camel.Message;

/**
 * Every APSIS answer is an envelope {@code {Code, Message, Result}} (errors were already decoded by
 * {@link ApsisErrorDecoder}): the operation's result is {@code Result}, typed, with {@code Message} in a header.
 * A {@code Result} carrying a {@code PollURL} is a queued method's handle, whatever the method was documented as
 * (clients disagree on which methods are queued): with {@code waitForQueued} it is followed to its data with the
 * endpoint's client ({@link ApsisQueuedJob}), else the handle itself is the result.
 */
final class ApsisResultReader implements ResultReader {

    @Override
    public Object read(ApiResponse response, ApiOperation<?> operation, OperationCall call) {
        JsonNode envelope = response.requireJson(); // APSIS always answers its envelope: an empty body is malformed
        JsonNode result = envelope;
        Message out = call.in();
        if (envelope.isObject() && envelope.has("Code")) {
            out.setHeader(ApsisConstants.MESSAGE, envelope.path("Message").asText(null));
            result = envelope.get("Result");
        }
        QueuedOperation handle = ApsisQueuedJob.handle(response, result);
        if (handle == null) {
            return response.bind(result, operation.resultType(), "APSIS " + operation.name() + " result");
        }
        out.setHeader(ApsisConstants.OPERATION_GUID, handle.getOperationGuid());
        out.setHeader(ApsisConstants.POLL_URL, handle.getPollUrl());
        ApsisEndpoint endpoint = (ApsisEndpoint) call.endpoint();
        if (!endpoint.getConfiguration().isWaitForQueued()) {
            return handle;
        }
        ApiResponse data = new ApsisQueuedJob(endpoint.getConfiguration()).await(handle, endpoint.getClient());
        String what = "APSIS " + operation.name() + " data";
        return data == null ? null : data.bind(data.json(), operation.resultType(), what);
    }
}
