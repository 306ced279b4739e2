package io.github.camelmartech.support.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FetchedTokenTest {

    @Test
    void fetchesOnceThenAgainOnlyAfterARejection() {
        AtomicInteger fetches = new AtomicInteger();
        FetchedToken<String> token = new FetchedToken<>(() -> "t" + fetches.incrementAndGet());

        assertThat(token.last()).isNull();
        assertThat(token.get()).isEqualTo("t1");
        assertThat(token.get()).isEqualTo("t1");
        token.renew();
        assertThat(token.last()).as("the rejected token is still a secret").isEqualTo("t1");
        assertThat(token.get()).isEqualTo("t2");
        assertThat(token.last()).isEqualTo("t2");
        assertThat(fetches).hasValue(2);
    }

    @Test
    void aValueNoLongerFreshIsFetchedAnew() {
        AtomicInteger fetches = new AtomicInteger();
        AtomicBoolean expired = new AtomicBoolean();
        FetchedToken<Integer> token = new FetchedToken<>(fetches::incrementAndGet, n -> !expired.get());

        assertThat(token.get()).isEqualTo(1);
        assertThat(token.get()).isEqualTo(1);
        expired.set(true);
        assertThat(token.get()).isEqualTo(2);
    }

    @Test
    void aFailedFetchIsTriedAgainByTheNextCaller() {
        AtomicInteger fetches = new AtomicInteger();
        FetchedToken<String> token = new FetchedToken<>(() -> {
            if (fetches.incrementAndGet() == 1) {
                throw new IllegalStateException("token endpoint down");
            }
            return "t";
        });

        assertThatThrownBy(token::get).hasMessage("token endpoint down");
        assertThat(token.get()).isEqualTo("t");
    }

    @Test
    void concurrentCallersShareOneFetch() throws Exception {
        AtomicInteger fetches = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        FetchedToken<String> token = new FetchedToken<>(() -> {
            fetches.incrementAndGet();
            sleep(50);
            return "t";
        });
        List<Thread> threads = new ArrayList<>();
        List<String> seen = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread thread = new Thread(() -> {
                await(start);
                seen.add(token.get());
            });
            thread.start();
            threads.add(thread);
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(seen).hasSize(8).containsOnly("t");
        assertThat(fetches).hasValue(1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
