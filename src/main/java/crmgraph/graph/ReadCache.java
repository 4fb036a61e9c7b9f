package crmgraph.graph;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Results of one kind of read query, kept while the graph stays at the version they were read at.
 * Entries of older versions are never returned and age out of the bounded cache; concurrent
 * misses on the same key run the query once.
 *
 * <p>The query runs outside the cache's locks, in the thread that missed first: computing inside
 * the map (as {@code Cache.get} does) made requests for other keys wait behind a slow query
 * whenever their keys shared a hash bin or the map was resizing, a third of the time of cold
 * searches at 32 connections.
 */
final class ReadCache<K, V> {

    private final GraphVersion version;
    private final AsyncCache<Key<K>, V> cache;

    private record Key<K>(String version, K key) {}

    ReadCache(GraphVersion version, int maxEntries) {
        this.version = version;
        this.cache = Caffeine.newBuilder().maximumSize(maxEntries).buildAsync();
    }

    V get(K key, Supplier<V> load) {
        Key<K> k = new Key<>(version.current(), key);
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> first = cache.asMap().putIfAbsent(k, mine);
        if (first != null) {
            return join(first);
        }
        try {
            V value = load.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            // A failed future leaves the cache by itself; waiting requests see the same failure.
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private static <V> V join(CompletableFuture<V> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
