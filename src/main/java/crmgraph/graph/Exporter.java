package crmgraph.graph;

import java.util.List;
import java.util.function.Function;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/** Reads the whole graph as one consistent {@link Export}, in one read transaction. */
public final class Exporter {

    private final GraphStore store;

    public Exporter(GraphStore store) {
        this.store = store;
    }

    public Export export() {
        try (Session session = store.driver().session(store.session())) {
            return session.executeRead(tx -> new Export(
                    Export.FORMAT,
                    Export.VERSION,
                    list(tx, "export-decks", Exporter::deck),
                    list(tx, "export-cards", Exporter::card),
                    list(
                            tx,
                            "export-concepts",
                            r -> new Export.Concept(
                                    r.get("id").asString(),
                                    r.get("name").asString(),
                                    r.get("aliases").asList(Value::asString),
                                    r.get("definitions")
                                            .asList(d -> new Export.Definition(
                                                    d.get("text").asString(),
                                                    d.get("card").asString())))),
                    list(
                            tx,
                            "export-relations",
                            r -> new Export.Relation(
                                    r.get("type").asString(),
                                    r.get("from").asString(),
                                    r.get("to").asString(),
                                    r.get("order").isNull()
                                            ? null
                                            : r.get("order").asInt(),
                                    r.get("card").isNull()
                                            ? null
                                            : r.get("card").asString(),
                                    r.get("reason").isNull()
                                            ? null
                                            : r.get("reason").asString(),
                                    r.get("phrase").asString(null)))));
        }
    }

    private static Export.Deck deck(Record r) {
        return new Export.Deck(
                r.get("id").asString(),
                r.get("name").asString(),
                r.get("source").asString(),
                r.get("format").asString(),
                r.get("cards").asInt(),
                r.get("layout").asString(),
                new Export.Options(
                        r.get("askedLayout").asString(),
                        r.get("skipLines").asInt(),
                        r.get("separator").asString(null),
                        r.get("cardSeparator").asString(null)),
                r.get("doubt").asString(null));
    }

    private static Export.Card card(Record r) {
        String section = r.get("section").asString();
        boolean uncertain = r.get("uncertain").asBoolean();
        List<String> tags = r.get("tags").asList(org.neo4j.driver.Value::asString);
        return new Export.Card(
                r.get("id").asString(),
                r.get("deck").asString(),
                r.get("ordinal").asInt(),
                r.get("front").asString(),
                r.get("back").asString(),
                r.get("line").asInt(),
                r.get("position").asString(null),
                tags.isEmpty() ? null : tags,
                section.isEmpty() ? null : section,
                uncertain ? Boolean.TRUE : null,
                uncertain ? r.get("doubt").asString("") : null,
                uncertain ? r.get("otherFront").asString("") : null,
                uncertain ? r.get("otherBack").asString("") : null,
                uncertain ? r.get("confirmed").asBoolean() : null);
    }

    private static <T> List<T> list(org.neo4j.driver.TransactionContext tx, String query, Function<Record, T> map) {
        return tx.run(Cypher.query(query)).list(map::apply);
    }
}
