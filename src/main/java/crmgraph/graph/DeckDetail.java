package crmgraph.graph;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * A deck with its cards in order (each with the concepts extracted from it) and the source lines
 * that were dropped while reading it, so a student sees how the deck became graph.
 */
public record DeckDetail(String id, String name, String source, String format,
                         @JsonProperty("cardCount") int cardCount, List<CardView> cards, List<Dropped> dropped) {

    /** One card and what was extracted from it. */
    public record CardView(String id, int ordinal, String front, String back, int line, int endLine,
                           List<ConceptDetail.Link> defines, List<ConceptDetail.Link> about) {

        public boolean extractedNothing() {
            return defines.isEmpty() && about.isEmpty();
        }
    }

    /** A line in no card: {@code kind} is {@code furniture} or {@code unplaced}. */
    public record Dropped(int line, String kind, String text) {

        public boolean furniture() {
            return "furniture".equalsIgnoreCase(kind);
        }
    }

    public List<Dropped> furniture() {
        return dropped.stream().filter(Dropped::furniture).toList();
    }

    public List<Dropped> unplaced() {
        return dropped.stream().filter(d -> !d.furniture()).toList();
    }
}
