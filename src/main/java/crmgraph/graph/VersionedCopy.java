package crmgraph.graph;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/**
 * A copy of part of the graph kept in this process for one {@link GraphVersion}, for reads that
 * Neo4j answers too slowly one by one (the search box's index, the links "how are these connected?"
 * walks). When the graph changes the copy is read again in the background, one build at a time; until
 * the copy of the current version is ready (a request waits at most {@link #BUILD_WAIT}) the caller
 * asks Neo4j itself, so an answer never comes from an older graph.
 *
 * @param <S> the copy; immutable, read by many requests at once
 */
final class VersionedCopy<S> {

    static final Duration BUILD_WAIT = Duration.ofMillis(250);

    private record Built<S>(String version, S copy) {}

    private final GraphStore store;
    private final String what;
    private final Supplier<S> read;
    private final ExecutorService builder;
    private volatile Built<S> built;
    private CompletableFuture<Built<S>> building;

    /** {@code what} names the copy in its thread's name and in a warning; {@code read} reads it from the store. */
    VersionedCopy(GraphStore store, String what, Supplier<S> read) {
        this.store = store;
        this.what = what;
        this.read = read;
        this.builder = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "crmgraph-" + what.replace(' ', '-'));
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts reading the copy of the current graph (at server start); the future completes when it is ready. */
    CompletableFuture<?> prepare() {
        return start();
    }

    /** The copy of the current graph, or empty when it is not ready and Neo4j must answer. */
    Optional<S> current() {
        String version = store.version().current();
        Built<S> b = built;
        if (b == null || !b.version().equals(version)) {
            b = await(start());
            if (b == null || !b.version().equals(version)) {
                return Optional.empty();
            }
        }
        return Optional.of(b.copy());
    }

    private synchronized CompletableFuture<Built<S>> start() {
        Built<S> b = built;
        if ((building == null || building.isDone())
                && (b == null || !b.version().equals(store.version().current()))) {
            building = CompletableFuture.supplyAsync(this::build, builder);
        }
        return building == null ? CompletableFuture.completedFuture(b) : building;
    }

    private Built<S> build() {
        // The version is read before the data: a write racing the read shows as a newer version,
        // and the copy is read again, never kept under a version whose data it lacks.
        String version = store.version().current();
        Built<S> b = new Built<>(version, read.get());
        built = b;
        return b;
    }

    private Built<S> await(CompletableFuture<Built<S>> future) {
        try {
            return future.get(BUILD_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            if (!store.closed()) {
                // Neo4j still answers; the next request tries to build again.
                LoggerFactory.getLogger(VersionedCopy.class)
                        .warn("the in-memory {} could not be built; Neo4j answers instead", what, e.getCause());
            }
            return null;
        }
    }
}
