package io.github.camelmartech.sandbox.apsis;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmartech.sandbox.SimJson;
import io.github.camelmartech.sandbox.SimRequest;
import io.github.camelmartech.sandbox.SimResponse;
import io.github.camelmartech.sandbox.SimulatorException;

/**
 * APSIS's queued methods: the call answers {@code {OperationGuid, PollURL}} at once; each GET of the PollURL file
 * moves the operation on (Waiting, then Started, then a terminal state), and the work itself runs when it
 * completes, so a failed operation changes nothing. Completed work that produced data gets a {@code DataUrl} whose
 * file is the raw payload, not wrapped in the envelope. States arrive as strings ("2"), as APSIS sends them.
 */
final class ApsisQueue {

    static final String POLL_FILES = "/v1/queued/poll";
    static final String DATA_FILES = "/v1/queued/data";
    private static final Set<Integer> FAILED_STATES = Set.of(-1, -2, -3);

    /** One queued operation; {@code work} gives the data file's payload, or null when there is none. */
    private static final class Operation {
        final Supplier<JsonNode> work;
        final Failure failure;
        int polls;
        ObjectNode status;
        JsonNode data;

        Operation(Supplier<JsonNode> work, Failure failure) {
            this.work = work;
            this.failure = failure;
        }
    }

    private record Failure(int state, String message) {
    }

    private final Map<String, Operation> operations = new LinkedHashMap<>();
    private final Supplier<String> baseUrl;
    private int waitingPolls = 1;
    private int startedPolls = 1;
    private Failure nextFailure;

    ApsisQueue(Supplier<String> baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** How many polls answer Waiting, then Started, before the terminal state. */
    void polls(int waiting, int started) {
        if (waiting < 0 || started < 0) {
            throw new IllegalArgumentException("poll counts must not be negative");
        }
        this.waitingPolls = waiting;
        this.startedPolls = started;
    }

    /** The next queued operation ends in {@code state} (-1 Error, -2 FatalError, -3 Rejected) with {@code message}. */
    void failNext(int state, String message) {
        if (!FAILED_STATES.contains(state)) {
            throw new IllegalArgumentException("a failed state is -1, -2 or -3, not " + state);
        }
        nextFailure = new Failure(state, message);
    }

    /** Queues {@code work}; the answer is the operation's handle. */
    SimResponse enqueue(SimRequest request, Supplier<JsonNode> work) {
        String accept = request.header("Accept");
        if (accept != null && accept.contains("xml") && !accept.contains("json")) {
            throw SimulatorException.badRequest("Accept", "asks for XML files; this sandbox writes JSON files only");
        }
        String guid = UUID.randomUUID().toString();
        operations.put(guid, new Operation(work, nextFailure));
        nextFailure = null;
        return ApsisEnvelope.ok(SimJson.object().put("OperationGuid", guid)
                .put("PollURL", baseUrl.get() + POLL_FILES + "/" + guid + ".json"));
    }

    /** {@code GET} of a PollURL file: the state after one more poll. */
    SimResponse poll(SimRequest request) {
        String guid = guid(request);
        Operation operation = operation(guid);
        operation.polls++;
        if (operation.status == null || !terminal(operation.status)) {
            operation.status = next(guid, operation);
        }
        return ApsisEnvelope.file(operation.status);
    }

    /** {@code GET} of a DataUrl file: the completed operation's payload. */
    SimResponse data(SimRequest request) {
        Operation operation = operation(guid(request));
        if (operation.data == null) {
            throw SimulatorException.notFound("data file " + request.pathParameter("file"));
        }
        return ApsisEnvelope.file(operation.data);
    }

    void clear() {
        operations.clear();
        nextFailure = null;
        waitingPolls = 1;
        startedPolls = 1;
    }

    private ObjectNode next(String guid, Operation operation) {
        if (operation.polls <= waitingPolls) {
            return status(0, "Waiting");
        }
        if (operation.polls <= waitingPolls + startedPolls) {
            return status(1, "Started");
        }
        if (operation.failure != null) {
            String name = switch (operation.failure.state()) {
                case -1 -> "Error";
                case -2 -> "FatalError";
                default -> "Rejected";
            };
            return status(operation.failure.state(), name).put("Message", operation.failure.message());
        }
        operation.data = operation.work.get();
        ObjectNode completed = status(2, "Completed");
        if (operation.data != null) {
            completed.put("DataUrl", baseUrl.get() + DATA_FILES + "/" + guid + ".json");
        }
        return completed;
    }

    private static boolean terminal(ObjectNode status) {
        int state = status.path("State").asInt();
        return state == 2 || state < 0;
    }

    private static ObjectNode status(int state, String name) {
        ObjectNode status = SimJson.object().put("State", Integer.toString(state)).put("StateName", name);
        status.putNull("Message");
        status.putNull("DataUrl");
        return status;
    }

    private Operation operation(String guid) {
        Operation operation = operations.get(guid);
        if (operation == null) {
            throw SimulatorException.notFound("queued operation " + guid);
        }
        return operation;
    }

    private static String guid(SimRequest request) {
        String file = request.pathParameter("file");
        if (!file.endsWith(".json")) {
            throw SimulatorException.notFound("file " + file);
        }
        return file.substring(0, file.length() - ".json".length());
    }
}
