package crmgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.pipeline.Importer.SourceText;
import crmgraph.pipeline.Pipeline;
import crmgraph.testing.TestGraph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The in-process search index against Neo4j's own full-text index, over the notes/ decks. */
class SearchIndexIT {

    private static final List<String> SEARCHES = List.of(
            "crm",
            "servqual",
            "servqal",
            "servq",
            "customer",
            "loyalty programme",
            "lifetime value",
            "idic",
            "relationship types",
            "cycle",
            "retention churn",
            "empathy",
            "zzzzqqq",
            "customer value analysis");

    private static GraphStore store;

    @BeforeAll
    static void importNotes() throws IOException {
        store = TestGraph.store();
        TestGraph.wipe();
        try (Stream<Path> files = Files.list(Path.of("notes"))) {
            List<SourceText> notes = files.sorted().map(SourceText::load).toList();
            assertThat(Pipeline.importer(store).importTexts(notes).failures()).isEmpty();
        }
    }

    @Test
    void finds_what_neo4j_finds_except_near_misses_of_words_that_names_already_have() {
        SearchIndex index = new SearchIndex(store);
        index.prepare().join();
        for (String text : SEARCHES) {
            FullTextQuery query = FullTextQuery.of(text).orElseThrow();
            List<String> inProcess =
                    ids(index.search(query, exact(text), 4000, 1000).orElseThrow());
            List<String> neo4j = ids(query.run(FullTextQuery.Vocabulary.NONE, lucene -> neo4j(lucene, exact(text))));
            assertThat(neo4j).as(text).containsAll(inProcess);
            if (text.equals("servqal") || text.equals("zzzzqqq")) {
                assertThat(inProcess).as(text).containsExactlyInAnyOrderElementsOf(neo4j);
            }
        }
    }

    @Test
    void ranks_exact_names_prefixes_and_typos_first_as_neo4j_does() {
        SearchIndex index = new SearchIndex(store);
        index.prepare().join();
        for (String text :
                List.of("servqual", "servqal", "servq", "crm", "idic", "lifetime value", "customr lifetime")) {
            FullTextQuery query = FullTextQuery.of(text).orElseThrow();
            List<String> inProcess =
                    ids(index.search(query, exact(text), 100, 3).orElseThrow());
            assertThat(inProcess).as(text).isNotEmpty();
            assertThat(inProcess.get(0))
                    .as(text)
                    .isEqualTo(ids(query.run(FullTextQuery.Vocabulary.NONE, lucene -> neo4j(lucene, exact(text))))
                            .get(0));
        }
    }

    @Test
    void a_word_cut_short_while_typing_finds_what_the_whole_word_finds() {
        ConceptQueries concepts = new ConceptQueries(store, 100);
        String whole =
                concepts.search("customer relationship management", 1).get(0).id();
        for (String typed : List.of(
                "customer relationship manageme", "customer relationship managem", "customer relationship manag")) {
            assertThat(concepts.search(typed, 3))
                    .as(typed)
                    .extracting(ConceptSummary::id)
                    .first()
                    .isEqualTo(whole);
        }
    }

    @Test
    void a_deck_imported_or_changed_after_the_index_was_built_is_searched_at_once() {
        ConceptQueries concepts = new ConceptQueries(store, 100);
        assertThat(concepts.search("crm", 5)).isNotEmpty();
        assertThat(concepts.search("zymurgical", 5)).isEmpty();
        importDeck("Zymurgical loyalty: loyalty of brewers to their yeast supplier.");
        assertThat(concepts.search("zymurgical", 5))
                .extracting(ConceptSummary::name)
                .contains("Zymurgical loyalty");
        importDeck("Brewery loyalty: loyalty of brewers to their yeast supplier.");
        assertThat(concepts.search("zymurgical", 5)).isEmpty();
        assertThat(concepts.search("brewery", 5))
                .extracting(ConceptSummary::name)
                .contains("Brewery loyalty");
    }

    @Test
    void a_concept_defined_more_often_than_its_text_keeps_is_found_and_counts_every_definition() {
        StringBuilder deck = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            deck.append("Gadget loyalty: attachment to a gadget brand, reason ")
                    .append(i)
                    .append(" of sixty.\n");
        }
        byte[] bytes = deck.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(Pipeline.importer(store)
                        .importTexts(List.of(SourceText.of("gadgets.txt", bytes)))
                        .failures())
                .isEmpty();
        List<ConceptSummary> found = new ConceptQueries(store, 100).search("gadget loyalty", 5);
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).name()).isEqualTo("Gadget loyalty");
        assertThat(found.get(0).definitions()).isEqualTo(60);
        assertThat(new ConceptQueries(store, 100).search("attachment", 5))
                .extracting(ConceptSummary::name)
                .contains("Gadget loyalty");
    }

    private static void importDeck(String line) {
        byte[] deck = (line + "\n").getBytes(StandardCharsets.UTF_8);
        assertThat(Pipeline.importer(store)
                        .importTexts(List.of(SourceText.of("zymurgy.txt", deck)))
                        .failures())
                .isEmpty();
    }

    private static String exact(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    private static List<String> ids(List<ConceptSummary> concepts) {
        return concepts.stream().map(ConceptSummary::id).toList();
    }

    private static List<ConceptSummary> neo4j(String lucene, String exact) {
        Map<String, Object> params =
                new HashMap<>(Map.of("search", lucene, "exact", exact, "limit", 1000, "candidates", 4000));
        return store
                .driver()
                .executableQuery(Cypher.query("search-concepts"))
                .withParameters(params)
                .withConfig(store.reads())
                .execute()
                .records()
                .stream()
                .map(ConceptQueries::summary)
                .toList();
    }
}
