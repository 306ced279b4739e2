package io.github.camelmartech.apsis;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.apsis.model.QueuedOperation;
import io.github.camelmartech.support.error.MarTechMalformedResponseException;
import io.github.camelmartech.support.http.ApiResponse;
import io.github.camelmartech.support.json.MarTechJson;
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
        QueuedOperation handle = ApsisQueuedJob.handle(result);
        if (handle == null) {
            return convert(result, operation.resultType(), operation.name() + " result");
        }
        out.setHeader(ApsisConstants.OPERATION_GUID, handle.getOperationGuid());
        out.setHeader(ApsisConstants.POLL_URL, handle.getPollUrl());
        ApsisEndpoint endpoint = (ApsisEndpoint) call.endpoint();
        if (!endpoint.getConfiguration().isWaitForQueued()) {
            return handle;
        }
        JsonNode data = new ApsisQueuedJob(endpoint.getConfiguration()).await(handle, endpoint.getClient());
        return convert(data, operation.resultType(), operation.name() + " data");
    }

    /** A response value as the operation's type; a value that does not fit is a malformed response. */
    @SuppressWarnings("unchecked")
    static <T> T convert(JsonNode value, JavaType type, String what) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (type.getRawClass() == JsonNode.class) {
            return (T) value;
        }
        try {
            return MarTechJson.mapper().treeToValue(value, type);
        } catch (Exception e) {
            String text = value.toString();
            throw new MarTechMalformedResponseException("APSIS " + what + " does not match " + type.getTypeName(), 200,
                    text.length() > 200 ? text.substring(0, 200) + "..." : text, e);
        }
    }
}
