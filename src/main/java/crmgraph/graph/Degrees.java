package crmgraph.graph;

import java.util.HashMap;
import java.util.Map;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Node;

/**
 * How many relationships each concept of one answer has, each counted once: the search weighs its
 * frontiers by them and the explanation of a hop reads the end with fewer. Only which way is cheaper
 * depends on them, never an answer. All relationships are counted, cards' included: one count is one
 * walk of a small concept's relationships where counting the three link types apart would be three.
 * A concept of 50 or more relationships is counted from the store's degree index, and each such count
 * allocated a new index cursor: on the 100k benchmark graph the counts were nearly half of an answer's
 * garbage.
 */
final class Degrees {

    private final Map<Node, Long> counted = new HashMap<>();

    /** All the concept's relationships, cards' included, either way. */
    long of(Node concept) {
        Long known = counted.get(concept);
        if (known == null) {
            known = (long) concept.getDegree(Direction.BOTH);
            counted.put(concept, known);
        }
        return known;
    }
}
