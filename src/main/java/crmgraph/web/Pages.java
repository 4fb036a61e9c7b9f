package crmgraph.web;

import crmgraph.graph.ConceptDetail;
import crmgraph.graph.ConceptList;
import crmgraph.graph.ConceptSummary;
import crmgraph.graph.ConnectQueries;
import crmgraph.graph.Connection;
import crmgraph.graph.DeckDetail;
import crmgraph.graph.DeckSummary;
import crmgraph.graph.GraphStats;
import crmgraph.graph.Subgraph;
import crmgraph.pipeline.ImportReport;
import crmgraph.read.Card;
import crmgraph.read.ExportSeparators;
import crmgraph.read.Layout;
import crmgraph.read.ReadDeck;
import crmgraph.read.Separators;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The models the templates render, one record per page. */
public final class Pages {

    private Pages() {}

    /** Home: the search (with its results when a query was given), the lists overview, decks, counts. */
    public record Home(
            String query,
            List<ConceptSummary> results,
            List<ConceptList> lists,
            List<DeckSummary> decks,
            GraphStats stats,
            List<ConceptSummary> index) {

        public boolean searched() {
            return !query.isBlank();
        }
    }

    public record Concept(ConceptDetail concept, NeighbourhoodSvg graph) {

        /** What the page tells beyond the cards: acronym, other names, parts by content, relations grouped. */
        public ConceptStory story() {
            return ConceptStory.of(concept);
        }
    }

    /**
     * The graph view: the focus concept and the filters; the script fetches the neighbourhood
     * from the API, and {@code view} lists the same concepts as links for keyboards and no-JS.
     */
    public record Graph(
            Optional<ConceptSummary> focus,
            int depth,
            Set<String> types,
            Optional<String> deck,
            List<DeckSummary> decks,
            Optional<Subgraph> view,
            String query,
            Optional<String> requested) {

        public List<RelationStyle> styles() {
            return List.of(RelationStyle.values());
        }

        public boolean shows(RelationStyle style) {
            return types.contains(style.name());
        }

        public String typeList() {
            return String.join(",", types);
        }
    }

    /**
     * How two concepts are connected: the text typed for each end, the concept each was taken as
     * (empty when nothing matches it), and the paths once both ends are known.
     */
    public record Connect(
            String fromText,
            String toText,
            Optional<ConceptSummary> from,
            Optional<ConceptSummary> to,
            Optional<Connection> connection) {

        /** Whether a typed end matches no concept. */
        public boolean unmatched() {
            return !fromText.isEmpty() && from.isEmpty() || !toText.isEmpty() && to.isEmpty();
        }

        /** Whether the concept taken for {@code text} is worth naming: the text was neither its name nor its id. */
        public boolean guessed(String text, ConceptSummary taken) {
            return !text.equalsIgnoreCase(taken.name()) && !text.equals(taken.id());
        }

        public int maxHops() {
            return ConnectQueries.MAX_HOPS;
        }
    }

    public record Decks(List<DeckSummary> decks) {}

    /**
     * A deck's page; {@code access} says whether this client may confirm the reading of its uncertain
     * cards (the same gate as import), {@code tokenRequired} whether the confirm form asks for the token.
     */
    public record Deck(DeckDetail deck, ImportGate.Access access, boolean tokenRequired) {

        public boolean mayConfirm() {
            return access.allowed();
        }

        /** The layouts a student can ask for instead of {@code auto}, for the sentence on reading the deck another way. */
        public List<Layout> layouts() {
            return java.util.Arrays.stream(Layout.values())
                    .filter(l -> l != Layout.AUTO)
                    .toList();
        }
    }

    /** The import form; {@code access} says whether this client may import and why not. */
    public record Import(ImportGate.Access access, boolean tokenRequired, String error, String text, String name) {

        /** The largest pasted text or text file, as the form says it ("5 MB"). */
        public String textLimit() {
            return ImportHandlers.megabytes(ImportHandlers.MAX_BYTES);
        }

        /** The largest Anki package, PDF or Word document, as the form says it. */
        public String documentLimit() {
            return ImportHandlers.megabytes(ImportHandlers.MAX_DOCUMENT_BYTES);
        }
    }

    /** A text read but not imported yet, with the reading it was read in and the choices to read it another way. */
    /** {@code otherDecks}: the names of an Anki package's other decks, imported with the one previewed. */
    public record ImportPreview(
            String pending,
            String fileName,
            ReadDeck deck,
            int shownCards,
            boolean tokenRequired,
            List<String> otherDecks) {

        public ImportPreview(String pending, String fileName, ReadDeck deck, int shownCards, boolean tokenRequired) {
            this(pending, fileName, deck, shownCards, tokenRequired, List.of());
        }

        /** Where a card stands in its file: "line 4", or a document's "page 3, lines 4–6". */
        public String position(Card card) {
            return deck.position(card);
        }

        /** Where a dropped line stands in its file. */
        public String position(crmgraph.read.DroppedLine line) {
            return deck.positions().at(line.line()).toString();
        }

        public List<Card> cards() {
            return deck.cards().subList(0, Math.min(shownCards, deck.cards().size()));
        }

        /** How the text was read, as the import report says it ("layout answer-first (found)"); empty when there is nothing to say. */
        public String readingNote() {
            return ImportReport.Reading.of(deck).note();
        }

        public List<Layout> layouts() {
            return List.of(Layout.values());
        }

        /** The separators the text was read with, when it was read as an export. */
        public Optional<Separators> separatorsUsed() {
            return ExportSeparators.used(deck);
        }

        /** Whether the student gave the separators (or the deck remembers them), rather than the reader finding them. */
        public boolean separatorsAsked() {
            return deck.options().separators() != null;
        }

        /** The separator between term and definition as asked, typed as the form takes it; empty when found by the reader. */
        public String separatorTyped() {
            return separatorsAsked()
                    ? ExportSeparators.typed(deck.options().separators().field())
                    : "";
        }

        /** The separator between cards as asked, typed as the form takes it; empty when found by the reader. */
        public String cardSeparatorTyped() {
            return separatorsAsked()
                    ? ExportSeparators.typed(deck.options().separators().row())
                    : "";
        }

        /** What an empty field means: the separator the reader found, or auto (it finds them) when the text is no export. */
        public String separatorFound() {
            return separatorsUsed()
                    .map(s -> "found: " + ExportSeparators.typed(s.field()))
                    .orElse("auto");
        }

        public String cardSeparatorFound() {
            return separatorsUsed()
                    .map(s -> "found: " + ExportSeparators.typed(s.row()))
                    .orElse("new line");
        }

        /** The uncertain cards beyond those shown, which the table cannot mark. */
        public long uncertainNotShown() {
            return deck.uncertainCount()
                    - cards().stream().filter(Card::uncertain).count();
        }
    }

    public record ImportDone(ImportReport report) {}
}
