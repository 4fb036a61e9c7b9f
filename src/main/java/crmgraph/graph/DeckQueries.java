package crmgraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Read queries about decks: the list, and one deck's cards and dropped lines; cached per graph version. */
public final class DeckQueries {

    private final GraphStore store;
    private final ReadCache<Boolean, List<DeckSummary>> lists;
    private final ReadCache<String, Optional<DeckDetail>> details;

    public DeckQueries(GraphStore store) {
        this.store = store;
        this.lists = new ReadCache<>(store.version(), 4);
        this.details = new ReadCache<>(store.version(), 64);
    }

    public List<DeckSummary> list() {
        return lists.get(
                true,
                () -> store
                        .driver()
                        .executableQuery(Cypher.query("list-decks"))
                        .withConfig(store.reads())
                        .execute()
                        .records()
                        .stream()
                        .map(r -> new DeckSummary(
                                r.get("id").asString(),
                                r.get("name").asString(""),
                                r.get("source").asString(""),
                                r.get("format").asString(""),
                                r.get("cards").asInt()))
                        .toList());
    }

    /** One deck with its cards in order, or empty for an unknown id. */
    public Optional<DeckDetail> find(String id) {
        return details.get(id, () -> read(id));
    }

    private Optional<DeckDetail> read(String id) {
        Optional<Record> deck = store
                .driver()
                .executableQuery(Cypher.query("deck-detail"))
                .withParameters(Map.of("id", id))
                .withConfig(store.reads())
                .execute()
                .records()
                .stream()
                .findFirst();
        if (deck.isEmpty()) {
            return Optional.empty();
        }
        List<DeckDetail.CardView> cards = store
                .driver()
                .executableQuery(Cypher.query("deck-cards"))
                .withParameters(Map.of("id", id))
                .withConfig(store.reads())
                .execute()
                .records()
                .stream()
                .map(DeckQueries::card)
                .toList();
        Record d = deck.get();
        return Optional.of(new DeckDetail(
                d.get("id").asString(),
                d.get("name").asString(""),
                d.get("source").asString(""),
                d.get("format").asString(""),
                d.get("cards").asInt(),
                d.get("layout").asString("auto"),
                new DeckDetail.Options(
                        d.get("askedLayout").asString("auto"),
                        d.get("skipLines").asInt(0),
                        d.get("separator").asString(null),
                        d.get("cardSeparator").asString(null)),
                d.get("doubt").asString(null),
                cards,
                dropped(d)));
    }

    private static DeckDetail.CardView card(Record r) {
        return new DeckDetail.CardView(
                r.get("id").asString(),
                r.get("ordinal").asInt(),
                r.get("front").asString(""),
                r.get("back").asString(""),
                r.get("line").asInt(0),
                r.get("endLine").asInt(0),
                r.get("kind").asString("prompt"),
                r.get("section").asString(""),
                r.get("uncertain").asBoolean(false),
                r.get("doubt").asString(null),
                r.get("otherFront").asString(""),
                r.get("otherBack").asString(""),
                r.get("confirmed").asBoolean(false),
                r.get("defines").asList(ConceptQueries::link),
                r.get("about").asList(ConceptQueries::link),
                r.get("position").asString(""),
                r.get("tags").asList(Value::asString));
    }

    /** The deck node keeps dropped lines as three parallel lists (line, kind, text). */
    private static List<DeckDetail.Dropped> dropped(Record d) {
        List<Long> lines = d.get("droppedLines").asList(Value::asLong);
        List<String> kinds = d.get("droppedKinds").asList(Value::asString);
        List<String> texts = d.get("droppedTexts").asList(Value::asString);
        List<String> positions = d.get("droppedPositions").asList(Value::asString);
        List<DeckDetail.Dropped> dropped = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            dropped.add(new DeckDetail.Dropped(
                    lines.get(i).intValue(),
                    i < kinds.size() ? kinds.get(i) : "unplaced",
                    i < texts.size() ? texts.get(i) : "",
                    i < positions.size() ? positions.get(i) : null));
        }
        return dropped;
    }
}
