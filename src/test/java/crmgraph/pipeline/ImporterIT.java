package crmgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.extract.CardExtractor;
import crmgraph.extract.Extraction;
import crmgraph.graph.DeckWriter;
import crmgraph.graph.Export;
import crmgraph.graph.Exporter;
import crmgraph.graph.GraphStats;
import crmgraph.graph.GraphStore;
import crmgraph.read.DeckReader;
import crmgraph.resolve.Resolver;
import crmgraph.testing.Fixtures;
import crmgraph.testing.TestGraph;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImporterIT {

    private final GraphStore store = TestGraph.store();

    @BeforeEach
    void wipe() {
        TestGraph.wipe();
    }

    @Test
    void a_card_whose_extraction_failed_is_a_warning_of_its_deck_in_the_report() {
        String failed =
                "card 2 (line 2): extraction failed (IllegalStateException); the card is kept with what was found before the failure";
        Importer importer = new Importer(
                new DeckReader(),
                deck -> {
                    Extraction x = new CardExtractor().extract(deck);
                    return new Extraction(x.concepts(), x.relations(), x.mentionSources(), List.of(failed));
                },
                new Resolver(),
                new DeckWriter(store));

        ImportReport report = importer.importTexts(List.of(Importer.SourceText.of(
                "failing.tsv",
                "Churn\tCustomers lost in a period.\nWallet share\tThe part of a buyer's spend one firm wins.\n"
                        .getBytes(StandardCharsets.UTF_8))));

        assertThat(report.decks()).hasSize(1);
        assertThat(report.decks().get(0).warnings()).containsExactly("failing.tsv: " + failed);
    }

    @Test
    void reimporting_an_unchanged_deck_changes_nothing() {
        Importer importer = Pipeline.importer(store);
        importer.importPaths(List.of(Fixtures.fixture("glossary.tsv"), Fixtures.fixture("terms.md")));
        Export before = new Exporter(store).export();

        ImportReport again =
                importer.importPaths(List.of(Fixtures.fixture("glossary.tsv"), Fixtures.fixture("terms.md")));

        assertThat(again.decks()).isEmpty();
        assertThat(again.unchanged()).containsExactly("glossary.tsv", "terms.md");
        assertThat(new Exporter(store).export()).isEqualTo(before);
    }

    @Test
    void two_files_of_one_import_with_the_same_name_are_two_decks_and_the_report_says_so(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Path week1 = java.nio.file.Files.createDirectories(dir.resolve("week1"));
        java.nio.file.Path week2 = java.nio.file.Files.createDirectories(dir.resolve("week2"));
        java.nio.file.Files.writeString(week1.resolve("cards.tsv"), "Churn\tCustomers lost in a period.\n");
        java.nio.file.Files.writeString(
                week2.resolve("cards.tsv"), "Wallet share\tThe part of a buyer's spend one firm wins.\n");

        ImportReport report = Pipeline.importer(store).importPaths(List.of(week1, week2));

        assertThat(report.decks())
                .extracting(ImportReport.DeckLine::source)
                .containsExactly("cards.tsv", "week2/cards.tsv");
        assertThat(report.decks().get(1).warnings())
                .containsExactly("week2/cards.tsv: another file of this import is also called cards.tsv:"
                        + " this one is stored as deck week2/cards.tsv");
        assertThat(new Exporter(store).export().concepts())
                .extracting(Export.Concept::name)
                .containsExactlyInAnyOrder("Churn", "Wallet share");
    }

    @Test
    void a_concept_named_in_two_decks_is_one_node_with_both_definitions() {
        Pipeline.importer(store).importPaths(List.of(Fixtures.fixture("glossary.tsv"), Fixtures.fixture("terms.md")));

        Export.Concept churn = concept(new Exporter(store).export(), "Churn");
        assertThat(churn.definitions())
                .extracting(Export.Definition::text)
                .containsExactlyInAnyOrder(
                        "The share of customers who stop buying from a firm in a given period.",
                        "customers walking away, counted per period.");
    }

    @Test
    void reimporting_a_changed_deck_replaces_its_contributions_and_keeps_other_decks() {
        Importer importer = Pipeline.importer(store);
        importer.importPaths(List.of(Fixtures.fixture("glossary.tsv"), Fixtures.fixture("terms.md")));

        byte[] changed = Fixtures.text("glossary-changed.tsv").getBytes(StandardCharsets.UTF_8);
        importer.importTexts(List.of(Importer.SourceText.of("glossary.tsv", changed)));

        Export export = new Exporter(store).export();
        assertThat(export.decks()).hasSize(2);
        assertThat(export.concepts())
                .extracting(Export.Concept::name)
                .contains("Churn", "Share of wallet", "Loyalty programme")
                .doesNotContain("Touchpoint", "Customer Lifetime Value");
        assertThat(concept(export, "Churn").definitions())
                .extracting(Export.Definition::text)
                .containsExactlyInAnyOrder(
                        "The proportion of customers lost over a period, often a month or a year.",
                        "customers walking away, counted per period.");
        assertThat(GraphStats.of(store).cards()).isEqualTo(4);
    }

    @Test
    void hostile_text_is_stored_as_given() {
        String hostile = "Robert'}) MATCH (n) DETACH DELETE n //\tA term whose text holds <script>alert(1)</script>, "
                + "\"><img onerror=x>, {{c1::x}} and `tick` must come back exactly as it went in.\n";
        Pipeline.importer(store)
                .importTexts(List.of(Importer.SourceText.of("hostile.tsv", hostile.getBytes(StandardCharsets.UTF_8))));

        Export export = new Exporter(store).export();
        assertThat(export.cards()).singleElement().satisfies(card -> {
            assertThat(card.front()).isEqualTo("Robert'}) MATCH (n) DETACH DELETE n //");
            assertThat(card.back())
                    .isEqualTo("A term whose text holds <script>alert(1)</script>, \"><img onerror=x>, "
                            + "{{c1::x}} and `tick` must come back exactly as it went in.");
        });
    }

    private static Export.Concept concept(Export export, String name) {
        return export.concepts().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no concept " + name));
    }
}
