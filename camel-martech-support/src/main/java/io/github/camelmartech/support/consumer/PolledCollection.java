package io.github.camelmartech.support.consumer;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;

/**
 * What a polling consumer walks: a vendor collection as pages of typed items, with each item's identity and, where
 * the vendor has one, its date watermark (created or updated).
 */
public interface PolledCollection<T> {

    /**
     * The pages of the collection, fetched lazily. When {@code since} is given (only-new mode), the vendor should
     * be asked for items changed at or after it, in ascending watermark order, where its API can; the consumer
     * filters again either way.
     */
    Iterator<List<T>> pages(Instant since);

    /** The item's stable identity. */
    String idOf(T item);

    /** The item's watermark (creation or last change), or null when the vendor has none. */
    default Instant watermarkOf(T item) {
        return null;
    }

    /** Whether items carry a watermark; without one, only-new mode falls back to remembering ids. */
    default boolean hasWatermark() {
        return false;
    }
}
