package crmgraph.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.graph.QuizQueries;
import crmgraph.graph.StoredQuizItems;
import crmgraph.nlp.English;
import crmgraph.pipeline.Pipeline;
import crmgraph.testing.TestGraph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quiz items kept with the graph: a new {@link ItemBank} on the same store is a restart. Two decks
 * share no words, so a change to one leaves every key of the other as it was.
 */
class StoredItemsIT {

    private static final String VERSION = "stored-items-it-1";

    private static final String LOYALTY =
            "Loyalty ladder\tA model of levels through which a buyer climbs from prospect to advocate.\n"
                    + "Churn rate\tThe share of subscribers who cancel within a given period.\n"
                    + "Win-back campaign\tAn effort to regain former clients who have stopped ordering.\n";
    private static final String LOYALTY_CHANGED = LOYALTY.replace("who cancel within", "who leave within");
    private static final String SERVICE =
            "Service blueprint\tA diagram that maps every step of delivering an offering, visible and hidden.\n"
                    + "First call resolution\tHandling a caller's issue completely during the initial contact.\n"
                    + "Escalation matrix\tA chart that names who takes over a problem at each severity.\n";

    @TempDir
    Path dir;

    private final ItemGenerator generator = new ItemGenerator(English.shared());
    private final QuizQueries queries = new QuizQueries(TestGraph.store());
    /** Topics each bank's generator was asked for, by bank. */
    private final Map<ItemBank, Set<String>> asked = new ConcurrentHashMap<>();

    @BeforeEach
    void twoDecks() throws IOException {
        TestGraph.wipe();
        importDeck("loyalty.tsv", LOYALTY);
        importDeck("service.tsv", SERVICE);
    }

    @Test
    void a_restart_on_an_unchanged_graph_serves_the_same_items_without_generating_any() {
        ItemBank first = bank(VERSION);
        List<QuizItem> served = first.current().all();
        first.awaitStored();

        ItemBank restarted = bank(VERSION);
        ItemBank.Items items = restarted.current();

        assertThat(asked.get(first)).hasSize(6);
        assertThat(asked.get(restarted)).isEmpty();
        assertThat(items.generated()).isEmpty();
        assertThat(items.all()).isNotEmpty().isEqualTo(served);
    }

    @Test
    void changing_one_deck_regenerates_the_topics_made_from_it_and_reuses_the_others() throws IOException {
        ItemBank first = bank(VERSION);
        first.current();
        first.awaitStored();

        importDeck("loyalty.tsv", LOYALTY_CHANGED);
        ItemBank restarted = bank(VERSION);
        ItemBank.Items items = restarted.current();

        assertThat(asked.get(restarted)).containsExactly(id("Churn rate"));
        assertThat(new HashSet<>(items.all())).isEqualTo(Set.copyOf(generator.generate(queries.material())));
        assertThat(items.all()).extracting(QuizItem::prompt).noneMatch(p -> p.contains("cancel"));
        assertThat(items.ofDeck("service-tsv")).isNotEmpty();
    }

    @Test
    void in_a_running_server_an_import_regenerates_only_what_changed() throws IOException {
        ItemBank bank = bank(VERSION);
        ItemBank.Items before = bank.current();

        importDeck("loyalty.tsv", LOYALTY_CHANGED);
        ItemBank.Items after = bank.current();

        assertThat(after).isNotSameAs(before);
        assertThat(after.generated()).containsExactly(id("Churn rate"));
        assertThat(after.all()).extracting(QuizItem::prompt).noneMatch(p -> p.contains("cancel"));
        assertThat(after.all()).extracting(QuizItem::prompt).anyMatch(p -> p.contains("leave"));
    }

    @Test
    void a_stored_item_of_a_changed_topic_is_never_served_and_is_dropped_from_the_store() throws IOException {
        ItemBank first = bank(VERSION);
        Set<String> oldKeys = first.current().byKey().keySet();
        first.awaitStored();

        importDeck("loyalty.tsv", LOYALTY_CHANGED);
        ItemBank restarted = bank(VERSION);
        Set<String> newKeys = restarted.current().byKey().keySet();
        restarted.awaitStored();

        Set<String> replaced = new HashSet<>(oldKeys);
        replaced.removeAll(newKeys);
        Set<String> stored = new HashSet<>();
        queries.stored().keys().values().forEach(stored::addAll);
        assertThat(replaced).hasSize(1);
        assertThat(stored).doesNotContainAnyElementsOf(replaced);
        assertThat(stored).containsExactlyInAnyOrderElementsOf(newKeys);
    }

    @Test
    void another_generator_version_regenerates_every_topic() {
        ItemBank first = bank(VERSION);
        first.current();
        first.awaitStored();

        ItemBank upgraded = bank("stored-items-it-2");
        upgraded.current();

        assertThat(asked.get(upgraded))
                .containsExactlyInAnyOrder(
                        id("Loyalty ladder"),
                        id("Churn rate"),
                        id("Win-back campaign"),
                        id("Service blueprint"),
                        id("First call resolution"),
                        id("Escalation matrix"));
    }

    @Test
    void a_stored_chunk_that_cannot_be_read_is_generated_again_not_served() {
        ItemBank first = bank(VERSION);
        ItemBank.Items items = first.current();
        first.awaitStored();
        int chunk = ItemChunks.of(id("Escalation matrix"));
        Map<Integer, List<String>> held = queries.stored().keys();
        queries.stored()
                .replace(
                        List.of(new StoredQuizItems.Chunk(
                                chunk, held.get(chunk), "garbage".getBytes(StandardCharsets.UTF_8))),
                        held.keySet());

        ItemBank restarted = bank(VERSION);

        assertThat(restarted.current().all()).isEqualTo(items.all());
        assertThat(asked.get(restarted))
                .contains(id("Escalation matrix"))
                .allMatch(topic -> ItemChunks.of(topic) == chunk)
                .hasSize(held.get(chunk).size());
    }

    @Test
    void an_early_restore_serves_the_stored_items_of_an_unchanged_graph_without_generating() {
        ItemBank first = bank(VERSION);
        List<QuizItem> served = first.current().all();
        first.awaitStored();

        ItemBank restarted = bank(VERSION);
        restarted.restoreEarly();
        restarted.prepare();

        assertThat(restarted.current().all()).isEqualTo(served);
        assertThat(asked.get(restarted)).isEmpty();
    }

    @Test
    void an_early_restore_of_a_changed_graph_serves_nothing_stale_and_builds_when_asked() throws IOException {
        ItemBank first = bank(VERSION);
        first.current();
        first.awaitStored();
        importDeck("loyalty.tsv", LOYALTY_CHANGED);

        ItemBank restarted = bank(VERSION);
        restarted.restoreEarly();
        ItemBank.Items items = restarted.current();

        assertThat(asked.get(restarted)).containsExactly(id("Churn rate"));
        assertThat(items.all()).extracting(QuizItem::prompt).noneMatch(p -> p.contains("cancel"));
    }

    private ItemBank bank(String version) {
        Set<String> topics = ConcurrentHashMap.newKeySet();
        ItemBank bank = new ItemBank(
                queries,
                (index, wanted) -> {
                    index.concepts().stream().filter(c -> wanted.test(c.id())).forEach(c -> topics.add(c.id()));
                    return generator.generate(index, wanted);
                },
                version);
        asked.put(bank, topics);
        return bank;
    }

    private void importDeck(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Pipeline.importer(TestGraph.store()).importPaths(List.of(file));
    }

    private static String id(String name) {
        return QuizFixture.id(name);
    }
}
