package io.github.camelmartech.sandbox.accengage;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmartech.sandbox.SimJson;
import io.github.camelmartech.sandbox.SimPages;
import io.github.camelmartech.sandbox.SimRequest;
import io.github.camelmartech.sandbox.SimResponse;

/**
 * Accengage's paging rule: {@code ?page=N} from 1, a page size the vendor sets, an empty set before page 1 or past
 * the end. Every page says where the others are, in the {@code Link} header and (for JSON) in {@code links}:
 * {@code first} always, {@code prev} when the page is after the first, {@code next} while more items follow.
 */
final class AccengagePages {

    private AccengagePages() {
    }

    /** One page of a collection and its links (absolute URLs; {@code prev} and {@code next} may be null). */
    record Page<T>(List<T> items, String first, String prev, String next) {

        /** {@code Link: <first>; rel="first", <prev>; rel="prev", <next>; rel="next"}, as the vendor's example. */
        SimResponse withLinkHeader(SimResponse response) {
            StringBuilder header = new StringBuilder("<" + first + ">; rel=\"first\"");
            if (prev != null) {
                header.append(", <").append(prev).append(">; rel=\"prev\"");
            }
            if (next != null) {
                header.append(", <").append(next).append(">; rel=\"next\"");
            }
            return response.header("Link", header.toString());
        }

        ObjectNode links() {
            ObjectNode links = SimJson.object().put("first", first);
            if (prev != null) {
                links.put("prev", prev);
            }
            if (next != null) {
                links.put("next", next);
            }
            return links;
        }
    }

    /** The page the request asks for; a {@code page} that is not a number is the vendor's API_ERR_FORMAT. */
    static <T> Page<T> cut(SimRequest request, String baseUrl, List<T> items, int pageSize) {
        int page = request.queryInt("page", 1);
        boolean more = page >= 1 && (long) page * pageSize < items.size();
        return new Page<>(SimPages.slice(items, page, pageSize), SimPages.pageUrl(request, baseUrl, 1),
                page > 1 ? SimPages.pageUrl(request, baseUrl, page - 1) : null,
                more ? SimPages.pageUrl(request, baseUrl, page + 1) : null);
    }
}
