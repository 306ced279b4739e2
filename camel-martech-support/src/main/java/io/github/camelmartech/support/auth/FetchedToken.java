package io.github.camelmartech.support.auth;

import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A credential fetched by a call and cached: concurrent callers share one fetch, and {@link #renew()} (after the
 * vendor rejected it) makes the next caller fetch a new one. A cached value is used while {@code fresh} says so (a
 * token about to expire is not).
 *
 * @param <T> what the fetch returns: the token, with its expiry or the header it makes
 */
public final class FetchedToken<T> {

    private final Supplier<T> fetch;
    private final Predicate<T> fresh;
    private volatile T value;
    private volatile boolean rejected;

    /** A token with no known lifetime: fetched once, then again only after {@link #renew()}. */
    public FetchedToken(Supplier<T> fetch) {
        this(fetch, value -> true);
    }

    public FetchedToken(Supplier<T> fetch, Predicate<T> fresh) {
        this.fetch = fetch;
        this.fresh = fresh;
    }

    /** The cached value, fetched first when there is none, it was rejected or it is no longer fresh. */
    public T get() {
        T current = value;
        if (isUsable(current)) {
            return current;
        }
        synchronized (this) {
            if (!isUsable(value)) {
                value = fetch.get();
                rejected = false;
            }
            return value;
        }
    }

    /** The next {@link #get()} fetches anew; the rejected value stays {@link #last()} until then. */
    public void renew() {
        rejected = true;
    }

    /** The value fetched last, even a rejected or stale one (a secret to mask all the same), or null before any. */
    public T last() {
        return value;
    }

    private boolean isUsable(T current) {
        return current != null && !rejected && fresh.test(current);
    }
}
