package io.github.camelmartech.support.paging;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.ApiResponse;
import io.github.camelmartech.support.http.MarTechHttpClient;

/**
 * Walks a paged collection lazily, one page in memory at a time: the next page is fetched only when the caller
 * asks for it, so walking 100,000 items costs the memory of one page, and a caller that stops early (a poll that
 * reached {@code maxMessagesPerPoll}) fetches nothing more. Items are bound to their type as each page is read.
 */
public final class PageWalker<T> implements Iterator<Page<T>> {

    private final MarTechHttpClient client;
    private final Paginator paginator;
    private final ItemType<T> type;
    private final int maxPages;
    private ApiRequest next;
    private int pages;
    private ApiResponse last;

    /**
     * @param pageSize items per page asked for; 0 for the vendor's default
     * @param maxPages pages to fetch at most; 0 for no limit
     */
    public PageWalker(MarTechHttpClient client, Paginator paginator, ApiRequest collection, int pageSize, int maxPages,
                      ItemType<T> type) {
        this.client = client;
        this.paginator = paginator;
        this.type = type;
        this.maxPages = maxPages;
        this.next = paginator.first(collection, pageSize);
    }

    @Override
    public boolean hasNext() {
        return next != null && (maxPages <= 0 || pages < maxPages);
    }

    @Override
    public Page<T> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        last = client.execute(next);
        Page<T> page = paginator.read(last, type);
        pages++;
        next = page.next();
        return page;
    }

    public int pagesFetched() {
        return pages;
    }

    /** The last page's response (its headers state the collection's totals); null before the first page. */
    public ApiResponse lastResponse() {
        return last;
    }

    /** The item lists of the pages, fetched lazily: what a polling consumer walks. */
    public Iterator<List<T>> pageItems() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return PageWalker.this.hasNext();
            }

            @Override
            public List<T> next() {
                return PageWalker.this.next().items();
            }
        };
    }

    /** Every item of every page that may be fetched, in one list. */
    public List<T> all() {
        List<T> items = new ArrayList<>();
        while (hasNext()) {
            items.addAll(next().items());
        }
        return items;
    }
}
