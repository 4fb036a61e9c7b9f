package crmgraph.graph;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A concept with everything known about it: every definition with the card it came from, its
 * parts in order, its kinds (subtypes), its parents (what it is a kind or a part of), related
 * concepts with the reason, and the cards that name or list it.
 */
public record ConceptDetail(
        String id,
        String name,
        List<String> aliases,
        List<Definition> definitions,
        List<Part> parts,
        List<Link> kinds,
        List<Parent> parents,
        List<Related> related,
        List<CardRef> cards,
        Totals totals) {

    /** How many of each there are in all; the lists above may hold fewer (a page shows the first ones). */
    public record Totals(int definitions, int parts, int kinds, int parents, int related, int cards) {}

    /** One definition text, traceable to its deck, card and source line. */
    public record Definition(
            String text, String deck, String deckName, String card, int ordinal, int line, String position) {}

    /**
     * A part; {@code order} is its 1-based position in an ordered list, or null; {@code definition}
     * is its shortest definition, or empty.
     */
    public record Part(String id, String name, Integer order, String definition) {

        public Part(String id, String name, Integer order) {
            this(id, name, order, "");
        }
    }

    /** A plain link to another concept. */
    public record Link(String id, String name) {}

    /** Something this concept is a kind of ({@code IS_A}) or a part of ({@code HAS_PART}). */
    public record Parent(String id, String name, String type) {

        public boolean kindOf() {
            return "IS_A".equals(type);
        }

        /** The link in words before the parent's name: "a kind of", "one of the" (a collection), "a part of". */
        public String relation() {
            return kindOf() ? "a kind of" : PartWords.before(name);
        }
    }

    /** Any other linked concept, and why the two are linked. */
    /** {@code sentence}: the relation as its definition says it ("SERVQUAL measures service quality"), or empty. */
    public record Related(String id, String name, String reason, String sentence) {}

    /** A card that names or lists the concept. */
    public record CardRef(
            String id, String deck, String deckName, int ordinal, String front, int line, String position) {}

    /**
     * The concept and its direct neighbours as a star: the links this record already holds, so the
     * concept page draws its neighbourhood without another query.
     */
    public Subgraph star() {
        Map<String, Subgraph.Node> nodes = new LinkedHashMap<>();
        Set<Subgraph.Edge> edges = new LinkedHashSet<>();
        nodes.put(id, new Subgraph.Node(id, name, 0));
        parts.forEach(p -> {
            nodes.putIfAbsent(p.id(), new Subgraph.Node(p.id(), p.name(), 1));
            edges.add(new Subgraph.Edge(id, p.id(), "HAS_PART", p.order()));
        });
        kinds.forEach(k -> {
            nodes.putIfAbsent(k.id(), new Subgraph.Node(k.id(), k.name(), 1));
            edges.add(new Subgraph.Edge(k.id(), id, "IS_A", null));
        });
        parents.forEach(p -> {
            nodes.putIfAbsent(p.id(), new Subgraph.Node(p.id(), p.name(), 1));
            edges.add(
                    p.kindOf()
                            ? new Subgraph.Edge(id, p.id(), "IS_A", null)
                            : new Subgraph.Edge(p.id(), id, "HAS_PART", null));
        });
        related.forEach(r -> {
            nodes.putIfAbsent(r.id(), new Subgraph.Node(r.id(), r.name(), 1));
            edges.add(new Subgraph.Edge(id, r.id(), "RELATED_TO", null));
        });
        return new Subgraph(id, List.copyOf(nodes.values()), List.copyOf(edges), false);
    }

    /** Definitions grouped by deck, in deck order, for the concept page. */
    public List<List<Definition>> definitionsByDeck() {
        java.util.Map<String, List<Definition>> groups = new java.util.LinkedHashMap<>();
        definitions.forEach(d -> groups.computeIfAbsent(d.deck(), k -> new java.util.ArrayList<>())
                .add(d));
        return List.copyOf(groups.values());
    }
}
