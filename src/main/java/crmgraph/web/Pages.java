package crmgraph.web;

import crmgraph.app.ImportReport;
import crmgraph.graph.ConceptDetail;
import crmgraph.graph.ConceptList;
import crmgraph.graph.ConceptSummary;
import crmgraph.graph.DeckDetail;
import crmgraph.graph.DeckSummary;
import crmgraph.graph.GraphStats;
import crmgraph.graph.Subgraph;
import crmgraph.read.ReadDeck;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The models the templates render, one record per page. */
public final class Pages {

    private Pages() {
    }

    /** Home: the search (with its results when a query was given), the lists overview, decks, counts. */
    public record Home(String query, List<ConceptSummary> results, List<ConceptList> lists, List<DeckSummary> decks,
                       GraphStats stats, List<ConceptSummary> index) {

        public boolean searched() {
            return !query.isBlank();
        }
    }

    public record Concept(ConceptDetail concept, NeighbourhoodSvg graph) {
    }

    /**
     * The graph view: the focus concept and the filters; the script fetches the neighbourhood
     * from the API, and {@code view} lists the same concepts as links for keyboards and no-JS.
     */
    public record Graph(Optional<ConceptSummary> focus, int depth, Set<String> types, Optional<String> deck,
                        List<DeckSummary> decks, Optional<Subgraph> view, String query, Optional<String> requested) {

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

    public record Decks(List<DeckSummary> decks) {
    }

    public record Deck(DeckDetail deck) {
    }

    /** The import form; {@code access} says whether this client may import and why not. */
    public record Import(ImportGate.Access access, boolean tokenRequired, String error, String text, String name) {
    }

    public record ImportPreview(String pending, String fileName, ReadDeck deck, int shownCards, boolean tokenRequired) {

        public List<crmgraph.read.Card> cards() {
            return deck.cards().subList(0, Math.min(shownCards, deck.cards().size()));
        }
    }

    public record ImportDone(ImportReport report) {
    }
}
