package crmgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.graph.Export;
import crmgraph.graph.Exporter;
import crmgraph.pipeline.Importer;
import crmgraph.pipeline.Pipeline;
import crmgraph.testing.Fixtures;
import crmgraph.testing.TestGraph;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Re-importing a changed deck replaces its own contributions and nothing else. */
class ReimportIT {

    private static Importer.SourceText source(String name, String fixture) {
        return Importer.SourceText.of(name, Fixtures.text(fixture).getBytes(StandardCharsets.UTF_8));
    }

    private static Set<String> definitionsOfDeck(Export export, String deckId) {
        Set<String> cards = export.cards().stream()
                .filter(c -> c.deck().equals(deckId))
                .map(Export.Card::id)
                .collect(Collectors.toSet());
        return export.concepts().stream()
                .flatMap(c -> c.definitions().stream())
                .filter(d -> cards.contains(d.card()))
                .map(Export.Definition::text)
                .collect(Collectors.toSet());
    }

    @Test
    void reimporting_a_changed_deck_does_not_touch_other_decks_definitions() {
        TestGraph.wipe();
        Importer importer = Pipeline.importer(TestGraph.store());
        importer.importTexts(
                List.of(source("glossary.tsv", "glossary.tsv"), source("alternating.txt", "alternating.txt")));
        Exporter exporter = new Exporter(TestGraph.store());
        Export before = exporter.export();
        Set<String> otherBefore = definitionsOfDeck(before, "alternating-txt");
        assertThat(otherBefore).isNotEmpty();
        assertThat(definitionsOfDeck(before, "glossary-tsv"))
                .anyMatch(t -> t.startsWith("Any moment where a customer meets"));

        importer.importTexts(List.of(source("glossary.tsv", "glossary-changed.tsv")));
        Export after = exporter.export();

        assertThat(definitionsOfDeck(after, "alternating-txt")).isEqualTo(otherBefore);
        assertThat(definitionsOfDeck(after, "glossary-tsv"))
                .anyMatch(t -> t.startsWith("The proportion of customers lost"))
                .noneMatch(t -> t.startsWith("Any moment where a customer meets"));
        assertThat(after.concepts()).extracting(Export.Concept::name).doesNotContain("Touchpoint");
    }
}
