package crmgraph.graph;

import crmgraph.RelationType;
import crmgraph.read.Card;
import crmgraph.read.DroppedLine;
import crmgraph.read.Layout;
import crmgraph.read.ReadDeck;
import crmgraph.read.ReadOptions;
import crmgraph.read.Separators;
import crmgraph.read.SourceMap;
import crmgraph.resolve.KnownConcept;
import crmgraph.resolve.ResolvedDeck;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Loads decks into the graph. Each deck is written in one transaction that first removes what an
 * earlier version of the same deck contributed, so an import is atomic per deck and re-importing a
 * changed deck never touches other decks' cards or definitions.
 */
public final class DeckWriter {

    private static final int BATCH = 2000;

    private final GraphStore store;

    public DeckWriter(GraphStore store) {
        this.store = store;
    }

    /**
     * What a deck was imported from last time: the hash of the file's bytes and the reading the
     * student asked for, if the deck was imported before.
     */
    public Optional<Stored> stored(String deckId) {
        return Optional.ofNullable(stored(List.of(deckId)).get(deckId));
    }

    /** {@link #stored(String)} of many decks in one query, by deck id; decks never imported are missing. */
    public Map<String, Stored> stored(Collection<String> deckIds) {
        Map<String, Stored> stored = new HashMap<>();
        store
                .driver()
                .executableQuery(Cypher.query("deck-fingerprint"))
                .withParameters(Map.of("ids", List.copyOf(deckIds)))
                .withConfig(store.reads())
                .execute()
                .records()
                .stream()
                .filter(r -> !r.get("sha256").isNull())
                .forEach(r -> stored.put(
                        r.get("id").asString(),
                        new Stored(
                                r.get("sha256").asString(),
                                options(r.get("layout"), r.get("skipLines"))
                                        .withSeparators(separators(r.get("separator"), r.get("cardSeparator"))))));
        return stored;
    }

    /** A deck as last imported: its bytes' hash and the reading asked for (remembered for the next import). */
    public record Stored(String sha256, ReadOptions options) {}

    /** Layout and lines to skip stored by an older version, or edited by hand into something invalid, read as automatic. */
    private static ReadOptions options(Value layout, Value skipLines) {
        try {
            Layout l = layout.isNull()
                    ? Layout.AUTO
                    : Layout.fromOption(layout.asString()).orElse(Layout.AUTO);
            return new ReadOptions(l, skipLines.isNull() ? 0 : skipLines.asInt());
        } catch (IllegalArgumentException | org.neo4j.driver.exceptions.value.Uncoercible e) {
            return ReadOptions.AUTO;
        }
    }

    /** The separators asked for, or null (found by the reader) when none or only one is stored, or they are invalid. */
    private static Separators separators(Value field, Value row) {
        try {
            return field.isNull() || row.isNull() ? null : new Separators(field.asString(), row.asString());
        } catch (IllegalArgumentException | org.neo4j.driver.exceptions.value.Uncoercible e) {
            return null;
        }
    }

    /**
     * Every concept in the graph, for resolving new names against, with the kinds it keeps through
     * decks other than {@code replacing} (the decks this import is about to rewrite).
     */
    public List<KnownConcept> knownConcepts(Collection<String> replacing) {
        return store
                .driver()
                .executableQuery(Cypher.query("known-concepts"))
                .withParameters(Map.of("replacing", List.copyOf(replacing)))
                .withConfig(store.reads())
                .execute()
                .records()
                .stream()
                .map(r -> new KnownConcept(
                        r.get("key").asString(),
                        r.get("name").asString(),
                        r.get("aliases").asList(Value::asString),
                        Set.copyOf(r.get("kindOf").asList(Value::asString)),
                        r.get("parts").asList(Value::asString),
                        r.get("ordered").asBoolean()))
                .toList();
    }

    /** Writes one deck in its own transaction, with its concepts' searchable text. */
    public void write(DeckImport deck) {
        try (Batch batch = batch()) {
            batch.write(deck);
        }
    }

    /** For writing many decks: each in its own transaction, the searchable text once at the end. */
    public Batch batch() {
        return new Batch();
    }

    /**
     * Decks written one transaction each, whose concepts' indexed text (names, aliases, definitions)
     * is rebuilt once when the batch closes, even after a failure. A concept that many decks define
     * was re-indexed once per deck before: a third of the write time of a 100k-card import. A deck
     * transaction marks the concepts it changed, so a killed process leaves marks that the next
     * start clears.
     */
    public final class Batch implements AutoCloseable {

        private boolean closed;

        private Batch() {}

        public void write(DeckImport deck) {
            try (Session session = store.driver().session(store.session())) {
                session.executeWriteWithoutResult(tx -> DeckWriter.write(tx, deck));
            } finally {
                store.version().changed();
            }
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                ConceptText.refreshStale(store);
            }
        }
    }

    private static void write(TransactionContext tx, DeckImport deck) {
        Map<String, Object> deckParam = Map.of("deck", deck.id());
        List<String> previous = tx.run(Cypher.query("concepts-of-deck"), deckParam)
                .single()
                .get("keys")
                .asList(Value::asString);
        tx.run(Cypher.query("delete-deck-contributions"), deckParam).consume();
        tx.run(Cypher.query("merge-deck"), Map.of("deck", deckRow(deck))).consume();
        ResolvedDeck resolved = deck.resolved();
        boolean chosen = deck.read().options().layout() != Layout.AUTO;
        batched(
                tx,
                "create-cards",
                deck.id(),
                deck.read().cards().stream().map(c -> cardRow(deck, c, chosen)).toList());
        batched(
                tx,
                "merge-concepts",
                deck.id(),
                resolved.concepts().stream()
                        .map(c -> Map.<String, Object>of(
                                "key", c.key(), "id", c.id(), "name", c.name(), "aliases", c.aliases()))
                        .toList());
        batched(
                tx,
                "create-definitions",
                deck.id(),
                resolved.definitions().stream()
                        .map(d -> Map.<String, Object>of(
                                "card", deck.cardId(d.card()), "concept", d.concept(), "text", d.text()))
                        .distinct()
                        .toList());
        batched(
                tx,
                "create-mentions",
                deck.id(),
                resolved.mentions().stream()
                        .map(m -> Map.<String, Object>of("card", deck.cardId(m.card()), "concept", m.concept()))
                        .distinct()
                        .toList());
        for (RelationType type : RelationType.values()) {
            batched(
                    tx,
                    "create-" + type.name().toLowerCase().replace('_', '-'),
                    deck.id(),
                    firstPerPair(resolved, type).stream()
                            .map(r -> relationRow(deck, r))
                            .toList());
        }
        tx.run(Cypher.query("delete-orphan-concepts"), Map.of("keys", previous)).consume();
        Set<String> touched = new LinkedHashSet<>(previous);
        resolved.concepts().forEach(c -> touched.add(c.key()));
        tx.run(Cypher.query("mark-concept-text-stale"), Map.of("keys", List.copyOf(touched)))
                .consume();
    }

    /** One link per (from, to) of a type and deck, the first one given, as MERGE used to keep. */
    private static List<ResolvedDeck.Relation> firstPerPair(ResolvedDeck resolved, RelationType type) {
        Map<List<String>, ResolvedDeck.Relation> first = new LinkedHashMap<>();
        resolved.relations().stream()
                .filter(r -> r.type() == type)
                .forEach(r -> first.putIfAbsent(List.of(r.from(), r.to()), r));
        return List.copyOf(first.values());
    }

    private static void batched(TransactionContext tx, String query, String deckId, List<Map<String, Object>> rows) {
        String cypher = Cypher.query(query);
        for (int from = 0; from < rows.size(); from += BATCH) {
            tx.run(cypher, Map.of("deck", deckId, "rows", rows.subList(from, Math.min(rows.size(), from + BATCH))))
                    .consume();
        }
    }

    private static Map<String, Object> deckRow(DeckImport deck) {
        List<Long> lines = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<String> positions = new ArrayList<>();
        SourceMap map = deck.read().positions();
        for (DroppedLine d : deck.read().dropped()) {
            lines.add((long) d.line());
            positions.add(map.at(d.line()).toString());
            kinds.add(d.kind().name().toLowerCase());
            texts.add(d.text());
        }
        ReadDeck read = deck.read();
        Map<String, Object> row = new HashMap<>();
        row.put("id", deck.id());
        row.put("name", read.name());
        row.put("source", deck.source());
        row.put("format", read.format());
        row.put("sha256", deck.sha256());
        row.put("cardCount", read.cards().size());
        row.put("layout", read.options().layout().option());
        row.put("skipLines", read.options().skipLines());
        Separators separators = read.options().separators();
        row.put("separator", separators == null ? null : separators.field());
        row.put("cardSeparator", separators == null ? null : separators.row());
        row.put("detectedLayout", read.layout().option());
        row.put("doubt", read.doubt());
        row.put("uncertainCount", read.uncertainCount());
        row.put("droppedLines", lines);
        row.put("droppedKinds", kinds);
        row.put("droppedTexts", texts);
        // A text file's lines are their own positions: stored only for documents (a PDF's "page 3, line 12").
        row.put("droppedPositions", map.identity() ? null : positions);
        return row;
    }

    /**
     * A card's row. The doubt, the other reading and the text key (what a confirmation is kept
     * under) are stored only for uncertain cards; {@code chosen}: the student chose the deck's layout,
     * which confirms its uncertain cards.
     */
    private static Map<String, Object> cardRow(DeckImport deck, Card c, boolean chosen) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", deck.cardId(c.ordinal()));
        row.put("ordinal", c.ordinal());
        row.put("front", c.front());
        row.put("back", c.back());
        row.put("line", c.line());
        row.put("endLine", c.endLine());
        row.put(
                "position",
                deck.read().positions().identity() ? null : deck.read().position(c));
        row.put("tags", c.tags().isEmpty() ? null : c.tags());
        row.put("kind", (c.kind() == null ? Card.Kind.PROMPT : c.kind()).name().toLowerCase(java.util.Locale.ROOT));
        row.put("section", c.section().isEmpty() ? null : c.section());
        row.put("uncertain", c.uncertain());
        if (c.uncertain()) {
            row.put("doubt", c.doubt().why());
            row.put("otherFront", c.doubt().otherFront());
            row.put("otherBack", c.doubt().otherBack());
            row.put("textKey", Confirmations.key(c.front(), c.back()));
            row.put("chosen", chosen);
        }
        return row;
    }

    private static Map<String, Object> relationRow(DeckImport deck, ResolvedDeck.Relation r) {
        Map<String, Object> row = new HashMap<>();
        row.put("from", r.from());
        row.put("to", r.to());
        row.put("card", deck.cardId(r.card()));
        row.put("order", r.order());
        row.put("reason", r.reason());
        row.put("phrase", r.phrase());
        return row;
    }
}
