package crmgraph.graph;

import crmgraph.RelationType;
import java.util.Comparator;
import org.neo4j.graphdb.Relationship;

/**
 * How telling a link is, the order in which a hop of "how are these connected?" chooses among the
 * links between two neighbours, as {@code explain-paths.cypher} does: a part before a kind before a
 * related concept, one with a phrase before one without, a mention last, then by card and element id
 * for a stable answer. A hundred decks can say the same link between two concepts, so each link's
 * properties are read once here rather than once per comparison.
 */
record LinkRank(Relationship link, int type, boolean noPhrase, boolean mention, String card, String elementId)
        implements Comparable<LinkRank> {

    private static final Comparator<LinkRank> ORDER = Comparator.comparingInt(LinkRank::type)
            .thenComparing(LinkRank::noPhrase)
            .thenComparing(LinkRank::mention)
            .thenComparing(LinkRank::card, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(LinkRank::elementId);

    static LinkRank of(Relationship r) {
        return new LinkRank(
                r,
                RelationType.valueOf(r.getType().name()).ordinal(),
                !r.hasProperty("phrase"),
                "mention".equals(r.getProperty("reason", null)),
                (String) r.getProperty("card", null),
                r.getElementId());
    }

    /** Whether this link says a hop better than {@code other}; any link is better than none. */
    boolean before(LinkRank other) {
        return other == null || compareTo(other) < 0;
    }

    @Override
    public int compareTo(LinkRank other) {
        return ORDER.compare(this, other);
    }
}
