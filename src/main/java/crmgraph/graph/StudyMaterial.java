package crmgraph.graph;

import java.util.List;

/**
 * The graph as the quiz reads it: every concept with its definitions and cards, and every link.
 *
 * @param fingerprint changes whenever the graph does; generated items are cached against it
 */
public record StudyMaterial(String fingerprint, List<Concept> concepts, List<Link> links) {

    public StudyMaterial {
        concepts = List.copyOf(concepts);
        links = List.copyOf(links);
    }

    /** A concept with every definition (each traceable to its card) and the cards about it. */
    public record Concept(
            String id, String name, List<String> aliases, List<Definition> definitions, List<CardRef> cards) {

        public Concept {
            aliases = List.copyOf(aliases);
            definitions = List.copyOf(definitions);
            cards = List.copyOf(cards);
        }
    }

    public record Definition(String text, String card, String deck) {}

    public record CardRef(String card, String deck) {}

    /** A HAS_PART, IS_A or RELATED_TO link; {@code order} is null where the list is unordered. */
    public record Link(String type, String from, String to, Integer order, String card, String deck) {}
}
