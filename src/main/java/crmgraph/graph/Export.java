package crmgraph.graph;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** The whole graph in export format version 1 (see DESIGN.md), ready for Jackson. */
@JsonPropertyOrder({"format", "version", "decks", "cards", "concepts", "relations"})
public record Export(String format, int version, List<Deck> decks, List<Card> cards,
                     List<Concept> concepts, List<Relation> relations) {

    public static final String FORMAT = "crmgraph-export";
    public static final int VERSION = 1;

    public record Deck(String id, String name, String source, String format, int cards) {
    }

    public record Card(String id, String deck, int ordinal, String front, String back, int line) {
    }

    public record Concept(String id, String name, List<String> aliases, List<Definition> definitions) {
    }

    public record Definition(String text, String card) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Relation(String type, String from, String to, Integer order, String card, String reason) {
    }
}
