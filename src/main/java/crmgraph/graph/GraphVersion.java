package crmgraph.graph;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The version of the graph that read caches are keyed on. Writes made through this process (deck
 * imports, wipes) change it at once; writes by another process sharing a Neo4j server are noticed
 * by re-reading the graph's fingerprint, at most once per {@link #RECHECK}, so a busy server does
 * not pay a fingerprint query per request.
 */
public final class GraphVersion {

    static final Duration RECHECK = Duration.ofSeconds(1);

    private final Supplier<String> fingerprint;
    private final LongSupplier nanoClock;
    private final AtomicLong localWrites = new AtomicLong();
    private final AtomicBoolean rechecking = new AtomicBoolean();
    private volatile Seen seen;

    private record Seen(long localWrites, String fingerprint, long atNanos) {}

    GraphVersion(Supplier<String> fingerprint, LongSupplier nanoClock) {
        this.fingerprint = fingerprint;
        this.nanoClock = nanoClock;
    }

    static GraphVersion of(GraphStore store) {
        return new GraphVersion(() -> read(store), System::nanoTime);
    }

    /** The current version: equal strings mean an unchanged graph. */
    public String current() {
        Seen s = seen;
        long writes = localWrites.get();
        long now = nanoClock.getAsLong();
        if (s == null || s.localWrites() != writes) {
            s = refresh(writes, now);
        } else if (now - s.atNanos() > RECHECK.toNanos() && rechecking.compareAndSet(false, true)) {
            // Only a change made elsewhere can be missed here: one request re-reads, the others
            // keep the version of a moment ago instead of all querying at once.
            try {
                s = refresh(writes, now);
            } finally {
                rechecking.set(false);
            }
        }
        return s.localWrites() + "/" + s.fingerprint();
    }

    /**
     * The part of a {@link #current} version that any process reads alike, without this process's
     * count of its own writes: what is kept with the graph to recognise it unchanged after a restart.
     */
    public static String durable(String version) {
        return version.substring(version.indexOf('/') + 1);
    }

    /** Reads the counter before the fingerprint, so a racing write shows as a newer counter, never as an old key over new data. */
    private Seen refresh(long writes, long now) {
        Seen s = new Seen(writes, fingerprint.get(), now);
        seen = s;
        return s;
    }

    /** Called after this process committed a change to the graph. */
    void changed() {
        localWrites.incrementAndGet();
    }

    private static String read(GraphStore store) {
        Record r = store.driver()
                .executableQuery(Cypher.query("graph-fingerprint"))
                .withConfig(store.reads())
                .execute()
                .records()
                .get(0);
        return String.join("|", r.get("decks").asList(Value::asString)) + "#"
                + r.get("concepts").asLong() + "#" + r.get("links").asLong();
    }
}
