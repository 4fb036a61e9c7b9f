package crmgraph.graph;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;

/**
 * The links read from the embedded store's transaction, relationship by relationship, as the search
 * reaches each concept: what answers while the copy of a new graph version is being built. One walk
 * per answer.
 */
final class StoreWalk implements LinkWalk<Node> {

    private final Degrees degrees;
    private final Map<Node, String[]> sortKeys = new HashMap<>();

    StoreWalk(Degrees degrees) {
        this.degrees = degrees;
    }

    @Override
    public Iterable<Node> neighbours(Node concept) {
        // The search reads every link it is given, so each iterator runs to its end and closes itself.
        return () -> new Iterator<>() {
            private final Iterator<Relationship> links =
                    concept.getRelationships(Direction.BOTH, PathSearch.LINKS).iterator();

            @Override
            public boolean hasNext() {
                return links.hasNext();
            }

            @Override
            public Node next() {
                return links.next().getOtherNode(concept);
            }
        };
    }

    @Override
    public long cost(Node concept) {
        return degrees.of(concept);
    }

    @Override
    public String[] sortKey(Node concept) {
        return sortKeys.computeIfAbsent(concept, StoreWalk::keyOf);
    }

    static String[] keyOf(Node concept) {
        return new String[] {
            ((String) concept.getProperty("name", "")).toLowerCase(Locale.ROOT), (String) concept.getProperty("id", "")
        };
    }
}
