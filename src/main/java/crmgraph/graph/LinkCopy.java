package crmgraph.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.NotFoundException;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterator;
import org.neo4j.graphdb.Transaction;

/**
 * The links between concepts of one graph version, read from the embedded store in one pass: each
 * concept's distinct neighbours (either way, over any relation) and its sort key, so that
 * {@link PathSearch} widens a frontier without reading a relationship record. Kept per graph version
 * by a {@link VersionedCopy}, as the search box keeps its copy of the full-text index.
 *
 * <p>Why: on the 100k benchmark graph reading relationship records was over a third of an answer's
 * CPU, and a hub's 13,895 relationships (a hundred decks repeating the same links) were read again by
 * every search that widened through it; here the hub has one entry per distinct neighbour. The hops
 * of the paths found are still explained from the store ({@link HopExplainer}), in the answer's own
 * transaction.
 */
final class LinkCopy implements LinkWalk<Integer> {

    private final Map<String, Integer> byElementId;
    private final String[] elementIds;
    private final String[][] sortKeys;
    /** Concept {@code i}'s neighbours are {@code neighbours[firstNeighbour[i] .. firstNeighbour[i + 1])}. */
    private final int[] firstNeighbour;
    /** Boxed once here, so that widening a frontier allocates nothing per neighbour. */
    private final List<Integer> neighbours;

    private LinkCopy(
            Map<String, Integer> byElementId,
            String[] elementIds,
            String[][] sortKeys,
            int[] firstNeighbour,
            List<Integer> neighbours) {
        this.byElementId = byElementId;
        this.elementIds = elementIds;
        this.sortKeys = sortKeys;
        this.firstNeighbour = firstNeighbour;
        this.neighbours = neighbours;
    }

    /** Reads every link of the three relation types once. */
    static LinkCopy read(Transaction tx) {
        Map<Node, Integer> index = new HashMap<>();
        List<Node> nodes = new ArrayList<>();
        long[] pairs = new long[1024];
        int count = 0;
        for (RelationshipType type : PathSearch.LINKS) {
            try (ResourceIterator<Relationship> links = tx.findRelationships(type)) {
                while (links.hasNext()) {
                    Relationship link = links.next();
                    long a = index.computeIfAbsent(link.getStartNode(), n -> add(nodes, n));
                    long b = index.computeIfAbsent(link.getEndNode(), n -> add(nodes, n));
                    if (count + 2 > pairs.length) {
                        pairs = Arrays.copyOf(pairs, pairs.length * 2);
                    }
                    pairs[count++] = a << 32 | b;
                    pairs[count++] = b << 32 | a;
                }
            }
        }
        return of(nodes, Arrays.copyOf(pairs, count));
    }

    private static int add(List<Node> nodes, Node node) {
        nodes.add(node);
        return nodes.size() - 1;
    }

    /** Sorted, each pair once: a concept's neighbours in one run, parallel links folded into one. */
    private static LinkCopy of(List<Node> nodes, long[] pairs) {
        Arrays.sort(pairs);
        int n = nodes.size();
        int[] first = new int[n + 1];
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        Integer[] neighbours = new Integer[pairs.length];
        int kept = 0;
        for (int i = 0; i < pairs.length; i++) {
            if (i > 0 && pairs[i] == pairs[i - 1]) {
                continue;
            }
            int from = (int) (pairs[i] >>> 32);
            first[from + 1]++;
            neighbours[kept++] = boxed[(int) pairs[i]];
        }
        for (int i = 0; i < n; i++) {
            first[i + 1] += first[i];
        }
        Map<String, Integer> byElementId = new HashMap<>(n * 2);
        String[] elementIds = new String[n];
        String[][] sortKeys = new String[n][];
        for (int i = 0; i < n; i++) {
            Node node = nodes.get(i);
            elementIds[i] = node.getElementId();
            byElementId.put(elementIds[i], boxed[i]);
            sortKeys[i] = StoreWalk.keyOf(node);
        }
        return new LinkCopy(byElementId, elementIds, sortKeys, first, Arrays.asList(Arrays.copyOf(neighbours, kept)));
    }

    /**
     * The shortest paths between two concepts as {@link PathSearch#shortest} finds them, as the
     * transaction's nodes; empty when the copy does not match the transaction (a write committed
     * between the two), and the caller should walk the store instead.
     */
    Optional<List<List<Node>>> shortest(Transaction tx, Node from, Node to, int maxHops, int limit) {
        Integer a = byElementId.get(from.getElementId());
        Integer b = byElementId.get(to.getElementId());
        if (a == null || b == null) {
            // a concept with no link is in no path
            return Optional.of(List.of());
        }
        List<List<Node>> paths = new ArrayList<>();
        for (List<Integer> path : PathSearch.shortest(a, b, maxHops, limit, this)) {
            List<Node> nodes = new ArrayList<>(path.size());
            for (Integer concept : path) {
                Node node = node(tx, concept);
                if (node == null) {
                    return Optional.empty();
                }
                nodes.add(node);
            }
            paths.add(nodes);
        }
        return Optional.of(paths);
    }

    /** The concept in the transaction, or null when it is not the concept this copy read. */
    private Node node(Transaction tx, int concept) {
        try {
            Node node = tx.getNodeByElementId(elementIds[concept]);
            return sortKeys[concept][1].equals(node.getProperty("id", "")) ? node : null;
        } catch (NotFoundException e) {
            return null;
        }
    }

    @Override
    public Iterable<Integer> neighbours(Integer concept) {
        return neighbours.subList(firstNeighbour[concept], firstNeighbour[concept + 1]);
    }

    @Override
    public long cost(Integer concept) {
        return firstNeighbour[concept + 1] - firstNeighbour[concept];
    }

    @Override
    public String[] sortKey(Integer concept) {
        return sortKeys[concept];
    }
}
