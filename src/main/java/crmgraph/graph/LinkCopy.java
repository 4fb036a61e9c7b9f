package crmgraph.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
 * {@link PathSearch} widens a frontier without reading a relationship record, and the most telling of
 * the links between each two ({@link LinkRank}), so that a hop is explained by reading one link. Kept
 * per graph version by a {@link VersionedCopy}, as the search box keeps its copy of the full-text index.
 *
 * <p>Why: on the 100k benchmark graph reading relationship records was over a third of an answer's
 * CPU, and a hub's 13,895 relationships (a hundred decks repeating the same links) were read again by
 * every search that widened through it; here the hub has one entry per distinct neighbour. The
 * concepts and links of the paths found are read from the store in the answer's own transaction
 * ({@link HopExplainer}), and a copy that no longer matches it is not used for that answer.
 */
final class LinkCopy implements LinkWalk<Integer> {

    private final Map<String, Integer> byElementId;
    private final String[] elementIds;
    private final String[][] sortKeys;
    /** Concept {@code i}'s neighbours are {@code neighbours[firstNeighbour[i] .. firstNeighbour[i + 1])}. */
    private final int[] firstNeighbour;
    /** Boxed once here, so that widening a frontier allocates nothing per neighbour. */
    private final List<Integer> neighbours;
    /** The element id of the most telling link ({@link LinkRank}) to each neighbour. */
    private final String[] tellingLinks;

    private LinkCopy(
            Map<String, Integer> byElementId,
            String[] elementIds,
            String[][] sortKeys,
            int[] firstNeighbour,
            List<Integer> neighbours,
            String[] tellingLinks) {
        this.byElementId = byElementId;
        this.elementIds = elementIds;
        this.sortKeys = sortKeys;
        this.firstNeighbour = firstNeighbour;
        this.neighbours = neighbours;
        this.tellingLinks = tellingLinks;
    }

    /** Reads every link of the three relation types once, and ranks the links between each two concepts. */
    static LinkCopy read(Transaction tx) {
        Map<Node, Integer> index = new HashMap<>();
        List<Node> nodes = new ArrayList<>();
        Map<Long, LinkRank> telling = new HashMap<>();
        for (RelationshipType type : PathSearch.LINKS) {
            try (ResourceIterator<Relationship> links = tx.findRelationships(type)) {
                while (links.hasNext()) {
                    Relationship link = links.next();
                    int a = index.computeIfAbsent(link.getStartNode(), n -> add(nodes, n));
                    int b = index.computeIfAbsent(link.getEndNode(), n -> add(nodes, n));
                    LinkRank rank = LinkRank.of(link);
                    telling.merge(pair(Math.min(a, b), Math.max(a, b)), rank, (x, y) -> y.before(x) ? y : x);
                }
            }
        }
        return of(nodes, telling);
    }

    private static long pair(int from, int to) {
        return (long) from << 32 | to;
    }

    private static int add(List<Node> nodes, Node node) {
        nodes.add(node);
        return nodes.size() - 1;
    }

    /** Each two linked concepts once each way, in order: a concept's neighbours in one run, by index. */
    private static LinkCopy of(List<Node> nodes, Map<Long, LinkRank> telling) {
        long[] pairs = new long[telling.size() * 2];
        int count = 0;
        for (long linked : telling.keySet()) {
            pairs[count++] = linked;
            pairs[count++] = pair((int) linked, (int) (linked >>> 32));
        }
        Arrays.sort(pairs);
        int n = nodes.size();
        int[] first = new int[n + 1];
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        Integer[] neighbours = new Integer[pairs.length];
        String[] tellingLinks = new String[pairs.length];
        int kept = 0;
        for (int i = 0; i < pairs.length; i++) {
            if (i > 0 && pairs[i] == pairs[i - 1]) {
                // a concept linked to itself
                continue;
            }
            int from = (int) (pairs[i] >>> 32);
            int to = (int) pairs[i];
            first[from + 1]++;
            tellingLinks[kept] =
                    telling.get(pair(Math.min(from, to), Math.max(from, to))).elementId();
            neighbours[kept++] = boxed[to];
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
        return new LinkCopy(
                byElementId,
                elementIds,
                sortKeys,
                first,
                Arrays.asList(Arrays.copyOf(neighbours, kept)),
                Arrays.copyOf(tellingLinks, kept));
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

    /**
     * The most telling link between two neighbours as ranked when the copy was read, read from the
     * transaction; null when the copy does not know the two as neighbours or the transaction no longer
     * has that link.
     */
    HopExplainer.TellingLink tellingIn(Transaction tx) {
        return (x, y) -> {
            Integer a = byElementId.get(x.getElementId());
            Integer b = byElementId.get(y.getElementId());
            if (a == null || b == null) {
                return null;
            }
            List<Integer> near = neighbours.subList(firstNeighbour[a], firstNeighbour[a + 1]);
            int at = Collections.binarySearch(near, b);
            if (at < 0) {
                return null;
            }
            try {
                Relationship link = tx.getRelationshipByElementId(tellingLinks[firstNeighbour[a] + at]);
                return link.getOtherNode(x).equals(y) ? link : null;
            } catch (NotFoundException e) {
                return null;
            }
        };
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
