package crmgraph.quiz;

import crmgraph.graph.StudyMaterial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How a build's items are laid out in the store: topics in {@link #CHUNKS} chunks by a hash of the
 * topic's id (so a topic stays in its chunk when its key changes, and a changed deck rewrites only
 * the chunks of its topics), and the study material in {@link #PARTS} slices. A start reads a few
 * tens of large values in two queries and decodes them on every core; one node per topic cost a
 * start of the 100k graph 26 s to read.
 */
final class ItemChunks {

    static final int CHUNKS = 32;
    static final int PARTS = 8;

    private ItemChunks() {}

    /** The chunk a topic's items are stored in. {@link String#hashCode} is the same in every JVM. */
    static int of(String topic) {
        return Math.floorMod(topic.hashCode(), CHUNKS);
    }

    /** Each chunk's keys, in the order of {@code keysByTopic}; chunks with no topic are absent. */
    static Map<Integer, List<String>> layout(Map<String, String> keysByTopic) {
        Map<Integer, List<String>> out = new TreeMap<>();
        keysByTopic.forEach((topic, key) ->
                out.computeIfAbsent(of(topic), c -> new ArrayList<>()).add(key));
        return out;
    }

    /**
     * The chunks to write: those holding a topic this build generated (its key is new, or its stored
     * bytes could not be read), and those whose keys differ from what is stored.
     */
    static Set<Integer> toWrite(
            Map<Integer, List<String>> layout, Map<Integer, List<String>> stored, Collection<String> generatedTopics) {
        Set<Integer> out = new TreeSet<>();
        generatedTopics.forEach(t -> out.add(of(t)));
        layout.forEach((chunk, keys) -> {
            List<String> held = stored.get(chunk);
            if (held == null || !new HashSet<>(held).equals(new HashSet<>(keys))) {
                out.add(chunk);
            }
        });
        out.retainAll(layout.keySet());
        return out;
    }

    /** The chunks holding any of {@code keys}, by what the store says each holds. */
    static Set<Integer> holding(Map<Integer, List<String>> stored, Collection<String> keys) {
        Set<String> wanted = keys instanceof Set<String> s ? s : new HashSet<>(keys);
        Set<Integer> out = new TreeSet<>();
        stored.forEach((chunk, held) -> {
            if (held.stream().anyMatch(wanted::contains)) {
                out.add(chunk);
            }
        });
        return out;
    }

    /** The material in {@link #PARTS} slices of its concepts and links, in order. */
    static List<ItemCodec.MaterialPart> split(StudyMaterial material) {
        List<ItemCodec.MaterialPart> out = new ArrayList<>();
        for (int part = 0; part < PARTS; part++) {
            out.add(new ItemCodec.MaterialPart(slice(material.concepts(), part), slice(material.links(), part)));
        }
        return out;
    }

    /** The material the parts were split from, under {@code fingerprint}. */
    static StudyMaterial join(String fingerprint, List<ItemCodec.MaterialPart> parts) {
        List<StudyMaterial.Concept> concepts = new ArrayList<>();
        List<StudyMaterial.Link> links = new ArrayList<>();
        parts.forEach(p -> {
            concepts.addAll(p.concepts());
            links.addAll(p.links());
        });
        return new StudyMaterial(fingerprint, concepts, links);
    }

    private static <T> List<T> slice(List<T> all, int part) {
        int from = (int) ((long) all.size() * part / PARTS);
        int to = (int) ((long) all.size() * (part + 1) / PARTS);
        return all.subList(from, to);
    }
}
