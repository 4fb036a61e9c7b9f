package crmgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ReadCacheTest {

    private final AtomicReference<String> fingerprint = new AtomicReference<>("one");
    private final GraphVersion version = new GraphVersion(fingerprint::get, System::nanoTime);
    private final ReadCache<String, String> cache = new ReadCache<>(version, 100);

    @Test
    void a_result_is_read_once_while_the_graph_is_unchanged() {
        AtomicInteger reads = new AtomicInteger();
        cache.get("a", () -> "A" + reads.incrementAndGet());
        assertThat(cache.get("a", () -> "A" + reads.incrementAndGet())).isEqualTo("A1");
        assertThat(reads).hasValue(1);
    }

    @Test
    void a_changed_graph_is_read_again() {
        cache.get("a", () -> "old");
        version.changed();
        assertThat(cache.get("a", () -> "new")).isEqualTo("new");
    }

    @Test
    void concurrent_misses_on_one_key_run_the_query_once() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger reads = new AtomicInteger();
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> cache.get("a", () -> {
            started.countDown();
            await(release);
            return "A" + reads.incrementAndGet();
        }));
        started.await(5, TimeUnit.SECONDS);
        CompletableFuture<String> second =
                CompletableFuture.supplyAsync(() -> cache.get("a", () -> "A" + reads.incrementAndGet()));
        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("A1");
        assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("A1");
        assertThat(reads).hasValue(1);
    }

    @Test
    void a_slow_query_does_not_hold_up_other_keys() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> slow = CompletableFuture.supplyAsync(() -> cache.get("slow", () -> {
            started.countDown();
            await(release);
            return "S";
        }));
        started.await(5, TimeUnit.SECONDS);
        for (int i = 0; i < 1000; i++) {
            String key = "k" + i;
            assertThat(cache.get(key, () -> key.toUpperCase())).isEqualTo(key.toUpperCase());
        }
        assertThat(slow).isNotDone();
        release.countDown();
        assertThat(slow.get(5, TimeUnit.SECONDS)).isEqualTo("S");
    }

    @Test
    void a_failed_query_is_reported_and_tried_again_by_the_next_request() {
        assertThatThrownBy(() -> cache.get("a", () -> {
                    throw new IllegalStateException("database unavailable");
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("database unavailable");
        assertThat(cache.get("a", () -> "A")).isEqualTo("A");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
