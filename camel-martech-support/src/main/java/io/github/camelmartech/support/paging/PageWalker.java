package io.github.camelmartech.support.paging;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmartech.support.http.ApiRequest;
import io.github.camelmartech.support.http.MarTechHttpClient;

/**
 * Walks a paged collection lazily, one page in memory at a time: the next page is fetched only when the caller
 * asks for it, so walking 100,000 items costs the memory of one page, and a caller that stops early (a poll that
 * reached {@code maxMessagesPerPoll}) fetches nothing more.
 */
public final class PageWalker<T> implements Iterator<Page<T>> {

    private final MarTechHttpClient client;
    private final Paginator paginator;
    private final Function<JsonNode, T> converter;
    private final int maxPages;
    private ApiRequest next;
    private int pages;

    /**
     * @param maxPages  pages to fetch at most; 0 for no limit
     * @param converter maps one item of the page to the caller's type
     */
    public PageWalker(MarTechHttpClient client, Paginator paginator, ApiRequest collection, int pageSize, int maxPages,
                      Function<JsonNode, T> converter) {
        this.client = client;
        this.paginator = paginator;
        this.converter = converter;
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
        Page<JsonNode> raw = paginator.read(client.execute(next));
        pages++;
        next = raw.next();
        List<T> items = raw.items().stream().map(converter).toList();
        return new Page<>(items, raw.next(), raw.totalItems());
    }

    public int pagesFetched() {
        return pages;
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

    /** The items of every page, in order, fetched lazily. */
    public Stream<T> items() {
        Iterator<T> flat = new Iterator<>() {
            private Iterator<T> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && PageWalker.this.hasNext()) {
                    current = PageWalker.this.next().items().iterator();
                }
                return current.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(flat, Spliterator.ORDERED), false);
    }
}
