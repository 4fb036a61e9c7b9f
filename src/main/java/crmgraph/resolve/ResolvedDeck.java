package crmgraph.resolve;

import crmgraph.RelationType;
import java.util.List;

/**
 * What one deck contributes to the graph, with every name resolved to a concept key.
 * {@code card} fields are card ordinals within the deck.
 */
public record ResolvedDeck(
        List<ResolvedConcept> concepts,
        List<Definition> definitions,
        List<Mention> mentions,
        List<Relation> relations) {

    public ResolvedDeck {
        concepts = List.copyOf(concepts);
        definitions = List.copyOf(definitions);
        mentions = List.copyOf(mentions);
        relations = List.copyOf(relations);
    }

    /** A definition text of a concept, from one card. */
    public record Definition(String concept, String text, int card) {}

    /** A card is about (or lists) a concept. */
    public record Mention(String concept, int card) {}

    /** A link; {@code phrase} is the relation in words where the definition says it ("measures"), else null. */
    public record Relation(
            RelationType type, String from, String to, Integer order, String reason, int card, String phrase) {

        public Relation(RelationType type, String from, String to, Integer order, String reason, int card) {
            this(type, from, to, order, reason, card, null);
        }
    }
}
