package crmgraph.graph;

import java.util.List;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Read queries the quiz needs: the study material, the decks to start from and the stored items. */
public final class QuizQueries {

    private final GraphStore store;
    private final StoredQuizItems stored;

    public QuizQueries(GraphStore store) {
        this.store = store;
        this.stored = new StoredQuizItems(store);
    }

    /** The generated items kept with the graph. */
    public StoredQuizItems stored() {
        return stored;
    }

    /** A value that changes whenever the graph does. */
    public String fingerprint() {
        return store.version().current();
    }

    /** Every concept and link, with the version read first so a cache never holds older data under a newer key. */
    public StudyMaterial material() {
        String fingerprint = fingerprint();
        List<StudyMaterial.Concept> concepts = store
                .driver()
                .executableQuery(Cypher.query("quiz-concepts"))
                .withConfig(store.reads())
                .execute()
                .records()
                .stream()
                .map(QuizQueries::concept)
                .toList();
        List<StudyMaterial.Link> links = store
                .driver()
                .executableQuery(Cypher.query("quiz-links"))
                .withConfig(store.reads())
                .execute()
                .records()
                .stream()
                .map(QuizQueries::link)
                .toList();
        return new StudyMaterial(fingerprint, concepts, links);
    }

    /** Decks by name: id and name. */
    public List<DeckName> decks() {
        return store
                .driver()
                .executableQuery(Cypher.query("quiz-decks"))
                .withConfig(store.reads())
                .execute()
                .records()
                .stream()
                .map(r -> new DeckName(r.get("id").asString(), r.get("name").asString()))
                .toList();
    }

    /** A deck as the quiz start page lists it. */
    public record DeckName(String id, String name) {}

    private static StudyMaterial.Concept concept(Record r) {
        List<StudyMaterial.Definition> definitions = r.get("definitions")
                .asList(v -> new StudyMaterial.Definition(
                        v.get("text").asString(), v.get("card").asString(), text(v.get("deck"))));
        List<StudyMaterial.CardRef> cards = r.get("cards")
                .asList(v -> new StudyMaterial.CardRef(v.get("card").asString(), text(v.get("deck"))));
        return new StudyMaterial.Concept(
                r.get("id").asString(),
                r.get("name").asString(),
                r.get("aliases").asList(Value::asString),
                definitions,
                cards);
    }

    private static StudyMaterial.Link link(Record r) {
        Value order = r.get("order");
        return new StudyMaterial.Link(
                r.get("type").asString(),
                r.get("from").asString(),
                r.get("to").asString(),
                order.isNull() ? null : order.asInt(),
                text(r.get("card")),
                text(r.get("deck")));
    }

    private static String text(Value v) {
        return v == null || v.isNull() ? "" : v.asString();
    }
}
