package crmgraph.web;

import crmgraph.app.App;
import crmgraph.RelationType;
import crmgraph.graph.DeckImport;
import crmgraph.graph.DeckWriter;
import crmgraph.read.Card;
import crmgraph.read.ReadDeck;
import crmgraph.resolve.Keys;
import crmgraph.resolve.ResolvedConcept;
import crmgraph.resolve.ResolvedDeck;
import crmgraph.testing.TestGraph;
import io.javalin.Javalin;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer stays responsive on a store of 6,000 concepts: once their queries are planned,
 * pages and API calls answer within 2.5 s even on a loaded machine (typically under 0.5 s; the
 * timings are printed), and the graph API returns a capped neighbourhood.
 */
class ExplorerScaleIT {

    private static final int CONCEPTS = 6000;

    @Test
    void pages_and_api_answer_quickly_with_thousands_of_concepts() {
        TestGraph.wipe();
        new DeckWriter(TestGraph.store()).write(bigDeck());
        Javalin app = App.create(TestGraph.store(), Optional.empty()).start("127.0.0.1", 0);
        try {
            Http http = Http.local(app.port());
            List<String> paths = List.of("/", "/?q=concept+42", "/api/concepts?q=concpt+4217", "/api/concepts?limit=1000",
                    "/concepts/concept-0", "/api/concepts/concept-0/graph?depth=2", "/graph?focus=concept-0&depth=2",
                    "/decks/scale", "/api/decks/scale");
            Map<String, Long> cold = timings(http, paths);
            Map<String, Long> warm = timings(http, paths);
            System.out.println("explorer timings with " + CONCEPTS + " concepts, first call incl. query planning (ms): " + cold);
            System.out.println("explorer timings with " + CONCEPTS + " concepts, second call (ms): " + warm);
            assertThat(warm.values()).allSatisfy(ms -> assertThat(ms).isLessThan(2500));
            var graph = http.json("/api/concepts/concept-0/graph?depth=2");
            assertThat(graph.get("nodes").size()).isLessThanOrEqualTo(crmgraph.graph.GraphQueries.MAX_NODES);
            assertThat(graph.get("truncated").asBoolean()).isTrue();
            assertThat(http.json("/api/concepts?q=concpt+4217").get(0).get("id").asText()).isEqualTo("concept-4217");
        } finally {
            app.stop();
            TestGraph.wipe();
        }
    }

    private static Map<String, Long> timings(Http http, List<String> paths) {
        Map<String, Long> millis = new LinkedHashMap<>();
        for (String path : paths) {
            long start = System.nanoTime();
            HttpResponse<String> r = http.get(path);
            millis.put(path, (System.nanoTime() - start) / 1_000_000);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
        }
        return millis;
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
            definitions.add(new ResolvedDeck.Definition(Keys.key(name), "Definition number " + i + " of a synthetic concept.", i + 1));
            mentions.add(new ResolvedDeck.Mention(Keys.key(name), i + 1));
            if (i % 10 != 0) {
                relations.add(new ResolvedDeck.Relation(RelationType.HAS_PART, key(i - i % 10), key(i), i % 10, null, i + 1));
            }
            if (i > 0 && i <= 300) {
                relations.add(new ResolvedDeck.Relation(RelationType.RELATED_TO, key(0), key(i * 17 % CONCEPTS), null, "hub", 1));
            }
            relations.add(new ResolvedDeck.Relation(RelationType.RELATED_TO, key(i), key(random.nextInt(CONCEPTS)), null, "mention", i + 1));
        }
        ResolvedDeck resolved = new ResolvedDeck(concepts, definitions, mentions,
                relations.stream().filter(r -> !r.from().equals(r.to())).distinct().toList());
        return new DeckImport("scale", "scale.txt", "scale", new ReadDeck("Scale", "lines", cards, List.of()), resolved);
    }

    private static String key(int i) {
        return Keys.key("Concept " + i);
    }
}
