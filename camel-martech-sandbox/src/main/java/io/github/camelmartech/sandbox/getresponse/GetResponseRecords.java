package io.github.camelmartech.sandbox.getresponse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmartech.sandbox.SimRequest;
import io.github.camelmartech.sandbox.SimResponse;

/**
 * A GetResponse collection of records keyed by an id field ({@code tagId}, {@code customFieldId}): get, delete
 * (204, telling a listener so contacts drop their references), list with GetResponse's query, 404 for unknown ids.
 * Subclasses add create, update and their own validation.
 */
abstract class GetResponseRecords {

    protected final Map<String, ObjectNode> records = new LinkedHashMap<>();
    private final String idField;
    private final String noun;
    private final GetResponseListQuery.Spec spec;
    private Consumer<String> onDelete = id -> { };

    /**
     * @param idField the record's id field, also its path parameter
     * @param noun    what a record is called in a 404 message
     */
    protected GetResponseRecords(String idField, String noun, GetResponseListQuery.Spec spec) {
        this.idField = idField;
        this.noun = noun;
        this.spec = spec;
    }

    /** Told the id of each deleted record. */
    void onDelete(Consumer<String> listener) {
        this.onDelete = listener;
    }

    SimResponse get(SimRequest request) {
        return SimResponse.json(200, view(request).write(find(request.pathParameter(idField))));
    }

    SimResponse delete(SimRequest request) {
        String id = find(request.pathParameter(idField)).path(idField).asText();
        records.remove(id);
        onDelete.accept(id);
        return SimResponse.status(204);
    }

    SimResponse list(SimRequest request) {
        GetResponseView view = view(request);
        return GetResponseListQuery.parse(request, spec, view.zone()).answer(records.values(), view);
    }

    void clear() {
        records.clear();
    }

    protected GetResponseView view(SimRequest request) {
        return GetResponseView.of(request, idField);
    }

    protected ObjectNode find(String id) {
        ObjectNode record = records.get(id);
        if (record == null) {
            throw GetResponseErrors.notFound(noun + " " + id);
        }
        return record;
    }
}
