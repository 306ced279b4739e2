package io.github.camelmartech.support.paging;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.support.http.ApiResponse;

/** Finds the item array of a page body by JSON pointer ({@code ""} for a body that is the array itself). */
final class PageItems {

    private PageItems() {
    }

    static List<JsonNode> at(ApiResponse response, JsonNode body, String pointer) {
        JsonNode array = pointer.isEmpty() ? body : body.at(pointer);
        if (array.isMissingNode() || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw response.malformed("Expected an item array at '" + pointer + "'", null);
        }
        List<JsonNode> items = new ArrayList<>(array.size());
        array.forEach(items::add);
        return items;
    }

    static Long longAt(JsonNode body, String pointer) {
        if (pointer == null) {
            return null;
        }
        JsonNode value = body.at(pointer);
        return value.canConvertToLong() || value.isTextual() && value.asText().matches("\\d+") ? value.asLong() : null;
    }
}
