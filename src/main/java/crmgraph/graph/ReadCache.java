package crmgraph.graph;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.util.function.Supplier;

/**
 * Results of one kind of read query, kept while the graph stays at the version they were read at.
 * Entries of older versions are never returned and age out of the bounded cache; concurrent
 * misses on the same key run the query once.
 */
final class ReadCache<K, V> {

    private final GraphVersion version;
    private final Cache<Key<K>, V> cache;

    private record Key<K>(String version, K key) {
    }

    ReadCache(GraphVersion version, int maxEntries) {
        this.version = version;
        this.cache = Caffeine.newBuilder().maximumSize(maxEntries).build();
    }

    V get(K key, Supplier<V> load) {
        return cache.get(new Key<>(version.current(), key), k -> load.get());
    }
}
