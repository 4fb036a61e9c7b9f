package crmgraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Generated quiz items kept with the graph, so a restart serves them at once instead of generating
 * them again: {@code (:QuizItems {key, topic, items})}, one node per topic (a concept with the lists
 * it heads), its items as opaque bytes. The key is the quiz's hash of everything the items were made
 * from; this class only stores and finds them by it.
 */
public final class StoredQuizItems {

    /** Keys per read query and rows per write transaction: each row holds a topic's items, a few kB. */
    private static final int BATCH = 2_000;

    private final GraphStore store;

    StoredQuizItems(GraphStore store) {
        this.store = store;
    }

    /** One topic's items to keep under the key of what they were made from. */
    public record Entry(String key, String topic, byte[] items) {}

    /** The stored items under each of {@code keys} that is stored. */
    public Map<String, byte[]> read(Collection<String> keys) {
        Map<String, byte[]> out = new HashMap<>();
        for (List<String> batch : batches(new ArrayList<>(keys))) {
            store.driver()
                    .executableQuery(Cypher.query("quiz-items-read"))
                    .withParameters(Map.of("keys", batch))
                    .withConfig(store.reads())
                    .execute()
                    .records()
                    .forEach(
                            r -> out.put(r.get("key").asString(), r.get("items").asByteArray()));
        }
        return out;
    }

    /** Stores the entries, then drops every stored entry whose key is not in {@code keep}. */
    public void replace(List<Entry> entries, Set<String> keep) {
        for (List<Entry> batch : batches(entries)) {
            List<Map<String, Object>> rows = batch.stream()
                    .map(e -> Map.<String, Object>of("key", e.key(), "topic", e.topic(), "items", e.items()))
                    .toList();
            store.driver()
                    .executableQuery(Cypher.query("quiz-items-write"))
                    .withParameters(Map.of("rows", rows))
                    .withConfig(store.writes())
                    .execute();
        }
        Set<String> stale = new HashSet<>(store
                .driver()
                .executableQuery(Cypher.query("quiz-items-keys"))
                .withConfig(store.reads())
                .execute()
                .records()
                .stream()
                .map(r -> r.get("key").asString())
                .toList());
        stale.removeAll(keep);
        for (List<String> batch : batches(new ArrayList<>(stale))) {
            store.driver()
                    .executableQuery(Cypher.query("quiz-items-delete"))
                    .withParameters(Map.of("keys", batch))
                    .withConfig(store.writes())
                    .execute();
        }
    }

    /**
     * What the stored items were last made from: the graph's fingerprint and generator version then,
     * and the study material with each topic's key (opaque bytes).
     */
    public record Snapshot(String graph, String generator, byte[] material) {}

    public Optional<Snapshot> snapshot() {
        return store
                .driver()
                .executableQuery(Cypher.query("quiz-snapshot-read"))
                .withConfig(store.reads())
                .execute()
                .records()
                .stream()
                .findFirst()
                .map(r -> new Snapshot(
                        r.get("graph").asString(),
                        r.get("generator").asString(),
                        r.get("material").asByteArray()));
    }

    /** Replaces the snapshot; written after the items it names. */
    public void snapshot(Snapshot s) {
        store.driver()
                .executableQuery(Cypher.query("quiz-snapshot-write"))
                .withParameters(Map.of("graph", s.graph(), "generator", s.generator(), "material", s.material()))
                .withConfig(store.writes())
                .execute();
    }

    /** Whether the store is closing, so that a write cut short by it is no fault. */
    public boolean closing() {
        return store.closed();
    }

    private static <T> List<List<T>> batches(List<T> all) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += BATCH) {
            out.add(all.subList(i, Math.min(all.size(), i + BATCH)));
        }
        return out;
    }
}
