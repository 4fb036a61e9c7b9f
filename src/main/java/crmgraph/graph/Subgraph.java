package crmgraph.graph;

import java.util.List;

/**
 * A neighbourhood of the graph: the concepts within a few hops of a centre and the relations
 * among them. {@code truncated} says the walk stopped at the node limit.
 */
public record Subgraph(String center, List<Node> nodes, List<Edge> edges, boolean truncated) {

    /** A concept in the view; {@code depth} is its distance from the centre. */
    public record Node(String id, String name, int depth) {}

    /** One relation type between two concepts; {@code order} for ordered parts. */
    public record Edge(String source, String target, String type, Integer order) {}
}
