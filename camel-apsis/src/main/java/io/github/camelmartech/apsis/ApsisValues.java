package io.github.camelmartech.apsis;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.camelmartech.apsis.model.ApsisPage;
import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.json.MarTechJson;
import io.github.camelmartech.support.operation.ApiOperation;
import io.github.camelmartech.support.operation.ApiOperation.Check;
import io.github.camelmartech.support.operation.Rule;
import io.github.camelmartech.support.operation.Value;
import io.github.camelmartech.support.paging.PageNumberPaginator;
import io.github.camelmartech.support.paging.Paginator;

import static io.github.camelmartech.apsis.ApsisConstants.DATE_FROM;
import static io.github.camelmartech.apsis.ApsisConstants.DATE_TO;
import static io.github.camelmartech.apsis.ApsisConstants.PAGE_NUMBER;
import static io.github.camelmartech.apsis.ApsisConstants.PAGE_SIZE;

/**
 * The parts APSIS's operation tables are stated with: where path and query values come from (headers
 * {@code CamelApsis<Param>}, options as fallback), the rules APSIS states for them, and its paging rule (page and size
 * as the last path segments, pages counted by {@code Result.TotalPages}).
 */
final class ApsisValues {

    static final int MAX_PAGE_SIZE = 1000;
    /** The most ids, emails or items APSIS takes in one bulk call. */
    static final int MAX_ITEMS = 1000;

    static final Rule ID = Rule.pattern("\\s*[0-9]+\\s*", "must be a positive number");
    static final Rule EMAIL = Rule.required().and(Rule.email());
    /** 1 to 1000 items, none empty: APSIS refuses the whole bulk call when an item is repeated. */
    static final Rule BULK = items(MAX_ITEMS).and(Rule.distinct());
    /** A bare array of distinct email addresses. */
    static final Check<List<String>> EMAILS = (c, emails) -> c.field("emails", emails, BULK)
            .each("emails", emails, (e, email) -> e.field("", email, EMAIL));

    static final Value FROM = date(DATE_FROM);
    static final Value TO = date(DATE_TO);
    static final Value PAGE = Value.header(PAGE_NUMBER).check(Rule.range(1, Long.MAX_VALUE)).orElse(1);
    /** The option's 0 (unset) reads as 100, see {@link ApsisConfiguration#getPageSize()}. */
    static final Value SIZE = Value.header(PAGE_SIZE).orOption("pageSize").check(Rule.range(1, MAX_PAGE_SIZE));

    /** Page after page of a paged collection: the page and size segments replaced, the walk ending at TotalPages. */
    static final Paginator PAGINATOR = PageNumberPaginator.custom(ApsisValues::page).itemsAt("/Result/Items")
            .totalPagesAt("/Result/TotalPages").totalItemsAt("/Result/TotalCount")
            .defaultPageSize(ApsisConfiguration.DEFAULT_PAGE_SIZE).build();
    private static final Pattern PAGE_SEGMENTS = Pattern.compile("/[0-9]+(/size)?/[0-9]+$");

    private ApsisValues() {
    }

    /** A numeric id from a header, sent trimmed; anything else (a path such as {@code 7/../x}) is refused. */
    static Value id(String header) {
        return Value.header(header).check(ID).map(v -> v.toString().trim());
    }

    /** A date from a header, written as yyyyMMddTHHmmss in the zone of the timeZone option. */
    static Value date(String header) {
        return Value.header(header).check(ApsisDates.RULE).date(ApsisDates.FORMAT, "timeZone");
    }

    /**
     * A paged method: {@code path} ends with {@code {pageNumber}/{pageSize}} (or {@code page/{pageNumber}/size/{pageSize}});
     * the answer is that one page of {@code item}.
     */
    static ApiOperation.Builder<Void> page(String name, String path, Class<?> item) {
        return ApiOperation.get(name, path).result(MarTechJson.typeOf(ApsisPage.class, item))
                .description("One page as ApsisPage<" + item.getSimpleName() + ">.");
    }

    /** A bare array of 1 to {@code max} items, none empty. */
    static Rule items(int max) {
        return Rule.length(1, max).and(Rule.noEmptyItem());
    }

    /** A bare array of distinct ids named {@code field}. */
    static <T> Check<List<T>> ids(String field) {
        return (c, ids) -> c.field(field, ids, BULK);
    }

    /** The collection request with its page and size segments (at the end of its path) set to this page. */
    private static ApiRequest page(ApiRequest collection, int page, int size) {
        Matcher m = PAGE_SEGMENTS.matcher(collection.target());
        if (!m.find()) {
            throw new IllegalStateException("Not a paged APSIS path: " + collection.target());
        }
        return collection.withTarget(m.replaceFirst("/" + page + "$1/" + size));
    }
}
