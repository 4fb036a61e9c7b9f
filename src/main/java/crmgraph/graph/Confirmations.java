package crmgraph.graph;

import crmgraph.Hashes;
import java.util.Map;

/**
 * The student's word on cards the reader was unsure of: "this reading is right". A confirmation
 * is kept on the deck under a key derived from the card's text, not its id, because a re-import
 * renumbers cards: the same text read again is still confirmed, a changed text is not.
 */
public final class Confirmations {

    private final GraphStore store;

    public Confirmations(GraphStore store) {
        this.store = store;
    }

    /**
     * Confirms an uncertain card of a deck; false when the deck has no such uncertain card. Quiz
     * items and cached pages follow at their next read, as after an import.
     */
    public boolean confirm(String deckId, String cardId) {
        boolean confirmed = !store.driver()
                .executableQuery(Cypher.query("confirm-card"))
                .withParameters(Map.of("deck", deckId, "card", cardId))
                .withConfig(store.writes())
                .execute()
                .records()
                .isEmpty();
        if (confirmed) {
            store.version().changed();
        }
        return confirmed;
    }

    /**
     * The key a card's confirmation is kept under: its two sides with runs of white space made
     * one, so re-wrapping a line does not lose the student's word.
     */
    static String key(String front, String back) {
        String text = normal(front) + "\u0000" + normal(back);
        return Hashes.sha256Prefix(text, 16);
    }

    private static String normal(String side) {
        return side == null ? "" : side.strip().replaceAll("\\s+", " ");
    }
}
