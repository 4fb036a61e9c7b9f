package crmgraph.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.graph.StudyMaterial;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ItemChunksTest {

    @Test
    void a_topic_is_always_stored_in_the_same_chunk_whatever_its_key() {
        assertThat(ItemChunks.of("c-churn-rate")).isEqualTo(ItemChunks.of("c-churn-rate"));
        assertThat(ItemChunks.of("c-churn-rate")).isEqualTo(Math.floorMod("c-churn-rate".hashCode(), 32));
    }

    @Test
    void the_layout_lists_each_chunks_keys_in_topic_order() {
        Map<String, String> keys = keysOf(100);

        Map<Integer, List<String>> layout = ItemChunks.layout(keys);

        assertThat(layout.values().stream().mapToInt(List::size).sum()).isEqualTo(100);
        keys.forEach(
                (topic, key) -> assertThat(layout.get(ItemChunks.of(topic))).contains(key));
        List<String> inOrder = new ArrayList<>(keys.values());
        layout.values()
                .forEach(held -> assertThat(held)
                        .isSortedAccordingTo((a, b) -> Integer.compare(inOrder.indexOf(a), inOrder.indexOf(b))));
    }

    @Test
    void only_chunks_whose_keys_changed_or_that_hold_a_generated_topic_are_written() {
        Map<String, String> keys = keysOf(100);
        Map<Integer, List<String>> stored = ItemChunks.layout(keys);
        Map<String, String> changed = new LinkedHashMap<>(keys);
        changed.put("topic-7", "key-7-new");

        Map<Integer, List<String>> layout = ItemChunks.layout(changed);

        assertThat(ItemChunks.toWrite(layout, stored, List.of("topic-7"))).containsExactly(ItemChunks.of("topic-7"));
        assertThat(ItemChunks.toWrite(layout, stored, List.of())).containsExactly(ItemChunks.of("topic-7"));
        assertThat(ItemChunks.toWrite(stored, stored, List.of("topic-9"))).containsExactly(ItemChunks.of("topic-9"));
        assertThat(ItemChunks.toWrite(stored, stored, List.of())).isEmpty();
        assertThat(ItemChunks.toWrite(stored, Map.of(), List.of())).isEqualTo(stored.keySet());
    }

    @Test
    void a_build_reads_only_the_chunks_holding_the_keys_it_lacks() {
        Map<Integer, List<String>> stored = ItemChunks.layout(keysOf(100));

        assertThat(ItemChunks.holding(stored, Set.of("key-3", "key-40")))
                .containsExactlyInAnyOrder(ItemChunks.of("topic-3"), ItemChunks.of("topic-40"));
        assertThat(ItemChunks.holding(stored, Set.of("no-such-key"))).isEmpty();
    }

    @Test
    void the_material_split_into_parts_joins_back_the_same() {
        List<StudyMaterial.Concept> concepts = new ArrayList<>();
        List<StudyMaterial.Link> links = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            concepts.add(new StudyMaterial.Concept("c-" + i, "Concept " + i, List.of(), List.of(), List.of()));
        }
        for (int i = 0; i < 5; i++) {
            links.add(new StudyMaterial.Link("HAS_PART", "c-0", "c-" + (i + 1), i + 1, "card-" + i, "deck"));
        }
        StudyMaterial material = new StudyMaterial("v1", concepts, links);

        List<ItemCodec.MaterialPart> parts = ItemChunks.split(material);
        List<ItemCodec.MaterialPart> stored = parts.stream()
                .map(p -> ItemCodec.decodeMaterial(ItemCodec.encode(p)).orElseThrow())
                .toList();

        assertThat(parts).hasSize(ItemChunks.PARTS);
        assertThat(ItemChunks.join("v2", stored)).isEqualTo(new StudyMaterial("v2", concepts, links));
    }

    @Test
    void a_chunk_comes_back_with_each_topics_key_and_items_and_garbage_gives_nothing() {
        List<QuizItem> items = new ItemGenerator(crmgraph.nlp.English.shared())
                .generate(QuizFixture.crm().material())
                .subList(0, 3);
        List<ItemCodec.Keyed> chunk =
                List.of(new ItemCodec.Keyed("k1", items.subList(0, 2)), new ItemCodec.Keyed("k2", items.subList(2, 3)));

        assertThat(ItemCodec.decodeChunk(ItemCodec.encodeChunk(chunk))).contains(chunk);
        assertThat(ItemCodec.decodeChunk("garbage".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEmpty();
    }

    private static Map<String, String> keysOf(int topics) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (int i = 0; i < topics; i++) {
            keys.put("topic-" + i, "key-" + i);
        }
        return keys;
    }
}
