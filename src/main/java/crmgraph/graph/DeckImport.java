package crmgraph.graph;

import crmgraph.read.ReadDeck;
import crmgraph.resolve.ResolvedDeck;

/**
 * One file ready to load: its identity and fingerprint, the cards read from it, and what it
 * contributes to the graph.
 */
public record DeckImport(String id, String source, String sha256, ReadDeck read, ResolvedDeck resolved) {

    public String cardId(int ordinal) {
        return id + "-" + ordinal;
    }
}
