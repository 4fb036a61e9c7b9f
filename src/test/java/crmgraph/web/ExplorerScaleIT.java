package crmgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.RelationType;
import crmgraph.app.App;
import crmgraph.graph.DeckImport;
import crmgraph.graph.DeckWriter;
import crmgraph.read.Card;
import crmgraph.read.ReadDeck;
import crmgraph.resolve.Keys;
import crmgraph.resolve.ResolvedConcept;
import crmgraph.resolve.ResolvedDeck;
import crmgraph.testing.TestGraph;
import io.javalin.Javalin;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The explorer works on a store of 6,000 concepts: every page and API call answers, lists are
 * capped at their limits, and the graph API returns a capped neighbourhood. How fast is measured
 * by the serving benchmark, not here.
 */
class ExplorerScaleIT {

    private static final int CONCEPTS = 6000;

    @Test
    void pages_and_api_answer_with_thousands_of_concepts_and_the_graph_view_stays_bounded() {
        TestGraph.wipe();
        new DeckWriter(TestGraph.store()).write(bigDeck());
        Javalin app = App.create(TestGraph.store(), Optional.empty()).start("127.0.0.1", 0);
        try {
            Http http = Http.local(app.port());
            // speed at scale is measured by the serving benchmark (README, Performance), not timed here
            for (String path : List.of(
                    "/",
                    "/?q=concept+42",
                    "/api/concepts?q=concpt+4217",
                    "/api/concepts?limit=1000",
                    "/concepts/concept-0",
                    "/api/concepts/concept-0/graph?depth=2",
                    "/graph?focus=concept-0&depth=2",
                    "/decks/scale",
                    "/api/decks/scale")) {
                assertThat(http.get(path).statusCode()).as(path).isEqualTo(200);
            }
            assertThat(http.json("/api/concepts?limit=1000").size()).isEqualTo(1000);
            var graph = http.json("/api/concepts/concept-0/graph?depth=2");
            assertThat(graph.get("nodes").size()).isLessThanOrEqualTo(crmgraph.graph.GraphQueries.MAX_NODES);
            assertThat(graph.get("truncated").asBoolean()).isTrue();
            assertThat(http.json("/api/concepts?q=concpt+4217").get(0).get("id").asText())
                    .isEqualTo("concept-4217");
        } finally {
            app.stop();
            TestGraph.wipe();
        }
    }

    /** Lists of ten parts, kinds in chains, a hub linked to 300 concepts, and random links. */
    private static DeckImport bigDeck() {
        List<Card> cards = new ArrayList<>();
        List<ResolvedConcept> concepts = new ArrayList<>();
        List<ResolvedDeck.Definition> definitions = new ArrayList<>();
        List<ResolvedDeck.Mention> mentions = new ArrayList<>();
        List<ResolvedDeck.Relation> relations = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < CONCEPTS; i++) {
            String name = "Concept " + i;
            concepts.add(new ResolvedConcept(Keys.key(name), Keys.id(Keys.key(name)), name, List.of()));
            cards.add(new Card(i + 1, name, "Definition number " + i + " of a synthetic concept.", i + 1, i + 1));
            definitions.add(new ResolvedDeck.Definition(
                    Keys.key(name), "Definition number " + i + " of a synthetic concept.", i + 1));
            mentions.add(new ResolvedDeck.Mention(Keys.key(name), i + 1));
            if (i % 10 != 0) {
                relations.add(
                        new ResolvedDeck.Relation(RelationType.HAS_PART, key(i - i % 10), key(i), i % 10, null, i + 1));
            }
            if (i > 0 && i <= 300) {
                relations.add(new ResolvedDeck.Relation(
                        RelationType.RELATED_TO, key(0), key(i * 17 % CONCEPTS), null, "hub", 1));
            }
            relations.add(new ResolvedDeck.Relation(
                    RelationType.RELATED_TO, key(i), key(random.nextInt(CONCEPTS)), null, "mention", i + 1));
        }
        ResolvedDeck resolved = new ResolvedDeck(
                concepts,
                definitions,
                mentions,
                relations.stream()
                        .filter(r -> !r.from().equals(r.to()))
                        .distinct()
                        .toList());
        return new DeckImport(
                "scale", "scale.txt", "scale", new ReadDeck("Scale", "lines", cards, List.of()), resolved);
    }

    private static String key(int i) {
        return Keys.key("Concept " + i);
    }
}
