package io.github.camelmartech.accengage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.ApiResponse;
import io.github.camelmartech.support.json.MarTechJson;
import io.github.camelmartech.support.paging.ItemType;
import io.github.camelmartech.support.paging.LinkHeader;
import io.github.camelmartech.support.paging.Page;
import io.github.camelmartech.support.paging.PageBody;
import io.github.camelmartech.support.paging.PageLinks;
import io.github.camelmartech.support.paging.Paginator;

/**
 * Accengage pages ({@code ?page=N} from 1): the next page is the {@code Link} header's {@code rel="next"}, else the
 * body's {@code links.next}; the walk ends when there is none. The links are absolute and name Accengage's host,
 * over http in its examples: only their path and query are followed, on the configured base URL, so every page is
 * signed and sent over the base URL's scheme. Items are the body array, or the first array field
 * of an object body, or, for devices, the rows of a {@code ;}-separated CSV body with a header row.
 */
final class AccengagePaginator implements Paginator {

    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema SEMICOLON_WITH_HEADER = CsvSchema.emptySchema().withHeader().withColumnSeparator(';');

    @Override
    public ApiRequest first(ApiRequest collection, int pageSize) {
        return collection; // the vendor sets the page size; page 1 is the default
    }

    @Override
    public <T> Page<T> read(ApiResponse response, ItemType<T> type) {
        JsonNode body = isCsv(response) ? null : response.requireJson();
        List<JsonNode> items = body == null ? csvRows(response) : PageBody.firstArray(response, body, "errors");
        String next = LinkHeader.next(response, body, "/links/next");
        List<T> typed = items.stream().map(type::convert).toList();
        return new Page<>(typed, items.isEmpty() ? null : PageLinks.next(response.request(), next), null);
    }

    private static boolean isCsv(ApiResponse response) {
        String type = response.header("Content-Type");
        if (type != null && type.toLowerCase().contains("csv")) {
            return true;
        }
        String start = response.bodyAsString().stripLeading();
        return !start.isEmpty() && start.charAt(0) != '{' && start.charAt(0) != '[';
    }

    private static List<JsonNode> csvRows(ApiResponse response) {
        List<JsonNode> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class).with(SEMICOLON_WITH_HEADER)
                .readValues(response.body())) {
            while (it.hasNext()) {
                rows.add(MarTechJson.mapper().valueToTree(it.next()));
            }
        } catch (IOException | RuntimeException e) {
            throw response.malformed("Unreadable ;-separated CSV page", e);
        }
        return rows;
    }
}
