package crmgraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Value;

/**
 * Generated quiz items kept with the graph, so a restart serves them at once instead of generating
 * them again: {@code (:QuizItemChunk {id, keys, items})}, a few tens of nodes each holding the items
 * of many topics as one opaque byte array with the keys of the topics in it, and the snapshot of
 * what they were made from, {@code (:QuizSnapshot)} with its {@code (:QuizMaterialPart)}s. Few large
 * values read in a few queries and decoded in parallel; per-topic nodes cost a start tens of
 * seconds. The keys are the quiz's hashes of everything the items were made from; this class only
 * stores and finds them.
 */
public final class StoredQuizItems {

    /** Chunks per write transaction: each holds a few MB. */
    private static final int WRITE_BATCH = 4;

    private final GraphStore store;

    StoredQuizItems(GraphStore store) {
        this.store = store;
    }

    /** The items of the topics under {@code keys}, as one opaque value. */
    public record Chunk(int id, List<String> keys, byte[] items) {

        public Chunk {
            keys = List.copyOf(keys);
        }
    }

    /** Which keys each stored chunk holds, by chunk id. */
    public Map<Integer, List<String>> keys() {
        Map<Integer, List<String>> out = new java.util.HashMap<>();
        store.driver()
                .executableQuery(Cypher.query("quiz-item-chunks-keys"))
                .withConfig(store.reads())
                .execute()
                .records()
                .forEach(r -> out.put(r.get("id").asInt(), r.get("keys").asList(Value::asString)));
        return out;
    }

    /** The stored chunks of these ids, in one query. */
    public List<Chunk> read(Collection<Integer> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return store
                .driver()
                .executableQuery(Cypher.query("quiz-item-chunks-read"))
                .withParameters(Map.of("ids", List.copyOf(ids)))
                .withConfig(store.reads())
                .execute()
                .records()
                .stream()
                .map(r -> new Chunk(
                        r.get("id").asInt(),
                        r.get("keys").asList(Value::asString),
                        r.get("items").asByteArray()))
                .toList();
    }

    /** Writes the chunks (replacing those of the same ids), then drops every chunk not in {@code keep}. */
    public void replace(List<Chunk> chunks, Collection<Integer> keep) {
        for (int i = 0; i < chunks.size(); i += WRITE_BATCH) {
            List<Map<String, Object>> rows = chunks.subList(i, Math.min(chunks.size(), i + WRITE_BATCH)).stream()
                    .map(c -> Map.<String, Object>of("id", c.id(), "keys", c.keys(), "items", c.items()))
                    .toList();
            store.driver()
                    .executableQuery(Cypher.query("quiz-item-chunks-write"))
                    .withParameters(Map.of("rows", rows))
                    .withConfig(store.writes())
                    .execute();
        }
        store.driver()
                .executableQuery(Cypher.query("quiz-item-chunks-delete"))
                .withParameters(Map.of("keep", List.copyOf(keep)))
                .withConfig(store.writes())
                .execute();
    }

    /**
     * What the stored items were last made from: the graph's fingerprint and generator version then,
     * each topic with its key (in the same order), and the build that stored the study material's
     * parts.
     */
    public record Snapshot(
            String graph, String generator, String build, int parts, List<String> topics, List<String> keys) {

        public Snapshot {
            topics = List.copyOf(topics);
            keys = List.copyOf(keys);
        }
    }

    /** The snapshot, if one was stored, and every stored chunk. */
    public record Contents(Optional<Snapshot> snapshot, List<Chunk> chunks) {

        public Contents {
            chunks = List.copyOf(chunks);
        }

        /** Which keys each chunk holds, by chunk id. */
        public Map<Integer, List<String>> keys() {
            Map<Integer, List<String>> out = new java.util.HashMap<>();
            chunks.forEach(c -> out.put(c.id(), c.keys()));
            return out;
        }

        /** The chunks of these ids. */
        public List<Chunk> chunks(Collection<Integer> ids) {
            return chunks.stream().filter(c -> ids.contains(c.id())).toList();
        }
    }

    /** What a start needs to serve stored items, in one query. */
    public Contents contents() {
        var record = store.driver()
                .executableQuery(Cypher.query("quiz-stored-read"))
                .withConfig(store.reads())
                .execute()
                .records()
                .get(0);
        Optional<Snapshot> snapshot =
                record.get("build").isNull() || record.get("parts").isNull()
                        ? Optional.empty()
                        : Optional.of(new Snapshot(
                                record.get("graph").asString(),
                                record.get("generator").asString(),
                                record.get("build").asString(),
                                record.get("parts").asInt(),
                                record.get("topics").asList(Value::asString),
                                record.get("keys").asList(Value::asString)));
        List<Chunk> chunks = record.get("chunks")
                .asList(c -> new Chunk(
                        c.get("id").asInt(),
                        c.get("keys").asList(Value::asString),
                        c.get("items").asByteArray()));
        return new Contents(snapshot, chunks);
    }

    /** The study material's parts (opaque values) the snapshot's build stored, in order. */
    public List<byte[]> material(Snapshot s) {
        return store
                .driver()
                .executableQuery(Cypher.query("quiz-material-read"))
                .withParameters(Map.of("build", s.build()))
                .withConfig(store.reads())
                .execute()
                .records()
                .stream()
                .map(r -> r.get("material").asByteArray())
                .toList();
    }

    /**
     * Replaces the snapshot: the material's parts under {@code s.build()} first, beside the old
     * build's, then the snapshot naming that build, then the parts of older builds are dropped; a
     * start that reads the snapshot between these writes finds either the old build's parts or the
     * new one's, never a mix.
     */
    public void snapshot(Snapshot s, List<byte[]> material) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int part = 0; part < material.size(); part++) {
            rows.add(Map.of("part", part, "material", material.get(part)));
        }
        store.driver()
                .executableQuery(Cypher.query("quiz-material-write"))
                .withParameters(Map.of("rows", rows, "build", s.build()))
                .withConfig(store.writes())
                .execute();
        store.driver()
                .executableQuery(Cypher.query("quiz-snapshot-write"))
                .withParameters(Map.of(
                        "graph", s.graph(),
                        "generator", s.generator(),
                        "build", s.build(),
                        "parts", material.size(),
                        "topics", s.topics(),
                        "keys", s.keys()))
                .withConfig(store.writes())
                .execute();
        store.driver()
                .executableQuery(Cypher.query("quiz-material-delete"))
                .withParameters(Map.of("build", s.build()))
                .withConfig(store.writes())
                .execute();
    }

    /** Whether the store is closing, so that a write cut short by it is no fault. */
    public boolean closing() {
        return store.closed();
    }
}
