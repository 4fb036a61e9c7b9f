package crmgraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * How well the graph hangs together, the measure of a graph worth exploring: concepts without any
 * link, the connected pieces (links taken either way) and the largest one's share, and how many
 * links say what they mean (a part, a kind, or a related link with its phrase).
 */
public record GraphShape(
        long concepts,
        long unlinked,
        long pieces,
        long largestPiece,
        long parts,
        long kinds,
        long related,
        long phrased) {

    public static GraphShape of(GraphStore store) {
        List<Record> concepts = store.driver()
                .executableQuery(Cypher.query("graph-shape"))
                .withConfig(store.reads())
                .execute()
                .records();
        Record links = store.driver()
                .executableQuery(Cypher.query("graph-shape-links"))
                .withConfig(store.reads())
                .execute()
                .records()
                .get(0);
        Pieces pieces = new Pieces();
        long unlinked = 0;
        for (Record c : concepts) {
            String id = c.get("id").asString();
            List<String> linked = c.get("linked").asList(Value::asString);
            pieces.add(id);
            unlinked += linked.isEmpty() ? 1 : 0;
            linked.forEach(other -> pieces.join(id, other));
        }
        return new GraphShape(
                concepts.size(),
                unlinked,
                pieces.count(),
                pieces.largest(),
                links.get("parts").asLong(),
                links.get("kinds").asLong(),
                links.get("related").asLong(),
                links.get("phrased").asLong());
    }

    public long links() {
        return parts + kinds + related;
    }

    /** Links that say what they mean: parts, kinds, and related links with their phrase. */
    public long namedLinks() {
        return parts + kinds + phrased;
    }

    public double unlinkedShare() {
        return share(unlinked, concepts);
    }

    public double largestPieceShare() {
        return share(largestPiece, concepts);
    }

    public double namedShare() {
        return share(namedLinks(), links());
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /** Union-find over concept ids: which concepts one can reach from which. */
    private static final class Pieces {
        private final Map<String, String> parent = new HashMap<>();

        void add(String id) {
            parent.putIfAbsent(id, id);
        }

        void join(String a, String b) {
            add(b);
            String ra = root(a);
            String rb = root(b);
            if (!ra.equals(rb)) {
                parent.put(ra, rb);
            }
        }

        private String root(String id) {
            String r = id;
            while (!parent.get(r).equals(r)) {
                r = parent.get(r);
            }
            // path compression: later walks from here are one step
            for (String at = id; !at.equals(r); ) {
                String next = parent.get(at);
                parent.put(at, r);
                at = next;
            }
            return r;
        }

        long count() {
            return parent.keySet().stream().filter(id -> root(id).equals(id)).count();
        }

        long largest() {
            Map<String, Long> sizes = new HashMap<>();
            parent.keySet().forEach(id -> sizes.merge(root(id), 1L, Long::sum));
            return sizes.values().stream().mapToLong(Long::longValue).max().orElse(0);
        }
    }
}
