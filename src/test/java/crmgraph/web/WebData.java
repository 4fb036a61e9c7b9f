package crmgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.RelationType;
import crmgraph.graph.DeckImport;
import crmgraph.graph.DeckWriter;
import crmgraph.graph.GraphStore;
import crmgraph.pipeline.ImportReport;
import crmgraph.pipeline.Importer.SourceText;
import crmgraph.pipeline.Pipeline;
import crmgraph.read.Card;
import crmgraph.read.DroppedLine;
import crmgraph.read.Layout;
import crmgraph.read.ReadDeck;
import crmgraph.read.ReadOptions;
import crmgraph.resolve.Keys;
import crmgraph.resolve.ResolvedConcept;
import crmgraph.resolve.ResolvedDeck;
import crmgraph.testing.Fixtures;
import crmgraph.testing.TestGraph;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The explorer's test graph: two fixture decks imported through the real importer, plus a deck
 * of structure (an ordered model, kinds, a list, related concepts, dropped lines, and a card of
 * markup and Cypher-looking text) written through DeckWriter, because the extractor of the day may
 * not find lists or kinds, and the reader may clean markup out of imported cards.
 */
final class WebData {

    static final String GLOSSARY = "web-glossary.tsv";
    static final String MODELS = "web-models.md";
    static final String STRUCTURE = "web-structure.txt";
    static final String XSS_FRONT = "<script>alert('pwned')</script> tag";
    static final String XSS_BACK = "\"><img src=x onerror=alert(1)> then MATCH (n) DETACH DELETE n // ' OR 1=1 --";

    private WebData() {}

    static void load(GraphStore store) {
        TestGraph.wipe();
        ImportReport report = Pipeline.importer(store)
                .importTexts(List.of(source(GLOSSARY, "web/glossary.tsv"), source(MODELS, "web/models.md")));
        assertThat(report.failures()).isEmpty();
        new DeckWriter(store).write(structure());
    }

    static String id(String name) {
        return Keys.id(Keys.key(name));
    }

    static String deckId(String source) {
        return new SourceText(source, "", "").deckId();
    }

    private static SourceText source(String name, String fixture) {
        return SourceText.of(name, Fixtures.text(fixture).getBytes(StandardCharsets.UTF_8));
    }

    private static DeckImport structure() {
        List<Card> cards = List.of(
                new Card(
                        1,
                        "What are the four steps of the IDIC model?",
                        "Identify, Differentiate, Interact, Customize",
                        2,
                        3),
                new Card(2, "Name two kinds of CRM", "Operational CRM and Analytical CRM", 5, 6),
                new Card(3, "Which SERVQUAL dimension is about keeping promises?", "Reliability", 8, 9),
                new Card(4, XSS_FRONT, XSS_BACK, 11, 11));
        List<DroppedLine> dropped = List.of(
                new DroppedLine(1, "Structure notes, page 1", DroppedLine.Kind.FURNITURE),
                new DroppedLine(10, "How well did you know this? 1 2 3 4 5", DroppedLine.Kind.FURNITURE),
                new DroppedLine(12, "a stray line without an answer", DroppedLine.Kind.UNPLACED));
        ReadDeck read = new ReadDeck("Structure notes", "lines", cards, dropped);

        Map<String, List<String>> names = new java.util.LinkedHashMap<>();
        names.put("IDIC model", List.of("IDIC"));
        for (String n : List.of(
                "Identify",
                "Differentiate",
                "Interact",
                "Customize",
                "Operational CRM",
                "Analytical CRM",
                "SERVQUAL",
                "Reliability",
                "Touchpoint")) {
            names.put(n, List.of());
        }
        names.put("Customer relationship management", List.of("CRM"));
        names.put(XSS_FRONT, List.of());
        List<ResolvedConcept> concepts = new ArrayList<>();
        names.forEach((n, aliases) -> concepts.add(new ResolvedConcept(Keys.key(n), id(n), n, aliases)));

        List<ResolvedDeck.Relation> relations = new ArrayList<>();
        List<String> steps = List.of("Identify", "Differentiate", "Interact", "Customize");
        for (int i = 0; i < steps.size(); i++) {
            relations.add(new ResolvedDeck.Relation(
                    RelationType.HAS_PART, key("IDIC model"), key(steps.get(i)), i + 1, null, 1));
        }
        relations.add(new ResolvedDeck.Relation(
                RelationType.IS_A, key("Operational CRM"), key("Customer relationship management"), null, null, 2));
        relations.add(new ResolvedDeck.Relation(
                RelationType.IS_A, key("Analytical CRM"), key("Customer relationship management"), null, null, 2));
        relations.add(
                new ResolvedDeck.Relation(RelationType.HAS_PART, key("SERVQUAL"), key("Reliability"), null, null, 3));
        relations.add(new ResolvedDeck.Relation(
                RelationType.RELATED_TO, key("Identify"), key("Touchpoint"), null, "mentioned in the definition", 1));

        List<ResolvedDeck.Mention> mentions = new ArrayList<>();
        for (ResolvedDeck.Relation r : relations) {
            mentions.add(new ResolvedDeck.Mention(r.from(), r.card()));
            mentions.add(new ResolvedDeck.Mention(r.to(), r.card()));
        }
        mentions.add(new ResolvedDeck.Mention(key(XSS_FRONT), 4));
        List<ResolvedDeck.Definition> definitions = List.of(new ResolvedDeck.Definition(key(XSS_FRONT), XSS_BACK, 4));
        ResolvedDeck resolved = new ResolvedDeck(
                concepts, definitions, mentions.stream().distinct().toList(), relations);
        return new DeckImport(deckId(STRUCTURE), STRUCTURE, "fixture-structure", read, resolved);
    }

    static final String DOUBTFUL = "web-doubtful.txt";
    static final String BRAND_PROMISE = "The promise a brand makes to its buyers.";
    static final String RETENTION_WHY = "the back reads as a term too: the card may be answer-first";

    /**
     * A deck the reader was unsure of, as the reader will give it: a sure card, an uncertain card
     * with another reading, an uncertain card without one, and a doubt about the deck's layout.
     * {@code version} 2 puts a new card first (so the others move) and rewords the retention card.
     */
    static DeckImport doubtful(String source, int version) {
        List<Card> cards = new ArrayList<>();
        if (version > 1) {
            cards.add(new Card(1, "Advocacy", "Customers recommending the brand to others.", 1, 2));
        }
        cards.add(new Card(cards.size() + 1, "Churn rate", "The share of customers lost in a period.", 3, 4));
        cards.add(new Card(
                cards.size() + 1,
                BRAND_PROMISE,
                "Brand promise",
                5,
                6,
                Card.Kind.PROMPT,
                "Branding",
                new Card.Doubt(
                        "the front reads as a definition and the back as its term", "Brand promise", BRAND_PROMISE)));
        cards.add(new Card(
                cards.size() + 1,
                "Retention",
                version > 1 ? "Keeping customers over many years" : "Keeping customers over time",
                7,
                8,
                Card.Kind.PROMPT,
                "",
                new Card.Doubt(RETENTION_WHY, "", "")));
        ReadDeck read = new ReadDeck(
                "Doubtful notes",
                "lines",
                cards,
                List.of(),
                List.of(),
                ReadOptions.AUTO,
                Layout.TERM_FIRST,
                "4 of 9 pairs read as well the other way round (definition-first)");
        ResolvedConcept churn = new ResolvedConcept(key("Churn rate"), id("Churn rate"), "Churn rate", List.of());
        int churnCard = version > 1 ? 2 : 1;
        ResolvedDeck resolved = new ResolvedDeck(
                List.of(churn),
                List.of(new ResolvedDeck.Definition(
                        churn.key(), "The share of customers lost in a period.", churnCard)),
                List.of(new ResolvedDeck.Mention(churn.key(), churnCard)),
                List.of());
        return new DeckImport(deckId(source), source, "fixture-doubtful-" + version, read, resolved);
    }

    private static String key(String name) {
        return Keys.key(name);
    }
}
