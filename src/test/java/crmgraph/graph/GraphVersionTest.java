package crmgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class GraphVersionTest {

    private final AtomicReference<String> stored = new AtomicReference<>("decks-a");
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong(1_000);
    private final GraphVersion version = new GraphVersion(
            () -> {
                reads.incrementAndGet();
                return stored.get();
            },
            nanos::get);

    @Test
    void an_unchanged_graph_keeps_its_version_and_is_not_asked_again_within_the_recheck_interval() {
        String first = version.current();
        nanos.addAndGet(GraphVersion.RECHECK.toNanos() / 2);
        assertThat(version.current()).isEqualTo(first);
        assertThat(reads).hasValue(1);
    }

    @Test
    void a_write_of_this_process_changes_the_version_at_once() {
        String before = version.current();
        version.changed();
        assertThat(version.current()).isNotEqualTo(before);
    }

    @Test
    void a_write_of_another_process_shows_after_the_recheck_interval() {
        String before = version.current();
        stored.set("decks-b");
        assertThat(version.current()).isEqualTo(before);
        nanos.addAndGet(GraphVersion.RECHECK.toNanos() + 1);
        assertThat(version.current()).isNotEqualTo(before);
    }
}
