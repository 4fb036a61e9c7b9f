package crmgraph.graph;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every concept's page, read ahead in batches in the background for one graph version. A class
 * browsing different concepts otherwise pays a Neo4j round trip per page: about 2.5 ms of CPU each
 * on a warm server, so a 2-core machine served some 300 new pages a second; in one batch of 250 a
 * page costs a fraction of that, and reading all of a 100k-card graph takes seconds.
 *
 * <p>The pages belong to the version they were read at: once the graph changes, pages are read
 * live again until the next read-ahead, which starts at once and gives up when the graph changes
 * under it. Graphs of more than {@link #MAX_CONCEPTS} concepts are not read ahead (memory). Pages
 * are served as their batch comes in: the 100k benchmark graph takes some 25 s to read after a
 * start, and a class that opened it at once had every page read live till the last batch was in.
 */
final class ConceptPrefetch {

    static final int MAX_CONCEPTS = 60_000;
    private static final int BATCH = 250;
    private static final Logger LOG = LoggerFactory.getLogger(ConceptPrefetch.class);

    private final GraphStore store;
    private final int limit;
    private final Function<List<String>, List<ConceptDetail>> read;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "crmgraph-concept-prefetch");
        t.setDaemon(true);
        return t;
    });
    private volatile Pages pages;
    private Future<?> reading;

    /** The pages of one version read so far, by concept id; complete once every concept's page is in. */
    private record Pages(String version, Map<String, ConceptDetail> byId, boolean complete) {}

    /** {@code read} gives the details of the concepts of some ids, each list cut at {@code limit}. */
    ConceptPrefetch(GraphStore store, int limit, Function<List<String>, List<ConceptDetail>> read) {
        this.store = store;
        this.limit = limit;
        this.read = read;
    }

    int limit() {
        return limit;
    }

    /** Starts reading ahead, unless the pages of the current graph are read or being read. */
    synchronized Future<?> start() {
        Pages p = pages;
        boolean current =
                p != null && p.complete() && p.version().equals(store.version().current());
        if (!current && (reading == null || reading.isDone())) {
            reading = worker.submit(this::readAll);
        }
        return reading;
    }

    /**
     * The concept's page from the read-ahead pages, when they are of the current graph: present
     * with empty for an unknown id once all are read. Empty when the page must be read live (and
     * then it starts reading ahead again, unless that is under way).
     */
    Optional<Optional<ConceptDetail>> find(String id) {
        Pages p = pages;
        if (p != null && p.version().equals(store.version().current())) {
            ConceptDetail page = p.byId().get(id);
            if (page != null || p.complete()) {
                return Optional.of(Optional.ofNullable(page));
            }
        }
        start();
        return Optional.empty();
    }

    private void readAll() {
        try {
            // The version is read first: a write racing the reads shows as a newer version and the
            // pages are dropped, never kept under a version whose data they lack.
            String version = store.version().current();
            List<String> ids = store
                    .driver()
                    .executableQuery(Cypher.query("concept-ids"))
                    .withConfig(store.reads())
                    .execute()
                    .records()
                    .stream()
                    .map(r -> r.get("id").asString())
                    .toList();
            if (ids.size() > MAX_CONCEPTS) {
                return;
            }
            Map<String, ConceptDetail> byId = new ConcurrentHashMap<>(ids.size() * 2);
            pages = new Pages(version, byId, false);
            for (int from = 0; from < ids.size(); from += BATCH) {
                if (!version.equals(store.version().current())) {
                    return;
                }
                read.apply(ids.subList(from, Math.min(ids.size(), from + BATCH)))
                        .forEach(d -> byId.put(d.id(), d));
            }
            pages = new Pages(version, byId, true);
        } catch (RuntimeException e) {
            if (store.closed()) {
                return;
            }
            // Pages are read live meanwhile; the next request for a page tries again.
            LOG.warn("concept pages could not be read ahead; they are read one by one instead", e);
        }
    }
}
