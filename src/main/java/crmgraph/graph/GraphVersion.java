package crmgraph.graph;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

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
    private volatile Seen seen;

    private record Seen(long localWrites, String fingerprint, long atNanos) {
    }

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
        if (s == null || s.localWrites() != writes || now - s.atNanos() > RECHECK.toNanos()) {
            // Read the counter before the fingerprint: a write racing this read then shows up as a
            // newer counter on the next call, never as an old key over new data.
            s = new Seen(writes, fingerprint.get(), now);
            seen = s;
        }
        return s.localWrites() + "/" + s.fingerprint();
    }

    /** Called after this process committed a change to the graph. */
    void changed() {
        localWrites.incrementAndGet();
    }

    private static String read(GraphStore store) {
        Record r = store.driver().executableQuery(Cypher.query("graph-fingerprint")).withConfig(store.reads()).execute()
                .records().get(0);
        return String.join("|", r.get("decks").asList(Value::asString)) + "#" + r.get("concepts").asLong()
                + "#" + r.get("links").asLong();
    }
}
