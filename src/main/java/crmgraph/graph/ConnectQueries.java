package crmgraph.graph;

import crmgraph.BadInputException;
import crmgraph.InternalFaultException;
import crmgraph.RelationType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.neo4j.driver.Value;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;

/**
 * "How are these connected?": the shortest paths between two concepts, found in Neo4j (in process by
 * {@link PathSearch} over a {@link LinkCopy} for an embedded store, by Cypher on a server), each hop
 * explained by its link; answers are cached per graph version.
 */
public final class ConnectQueries {

    /** The longest path looked for (also fixed in {@code find-shortest-paths.cypher}). */
    public static final int MAX_HOPS = 6;
    /** Paths shown unless fewer or more are asked for. */
    public static final int DEFAULT_PATHS = 3;
    /** Most paths one answer holds. */
    public static final int MAX_PATHS = 5;

    private static final Label CONCEPT = Label.label("Concept");

    private final GraphStore store;
    private final ReadCache<Ends, Connection> connections;
    private final VersionedCopy<LinkCopy> links;

    private record Ends(String from, String to, int limit) {}

    public ConnectQueries(GraphStore store) {
        this.store = store;
        this.connections = new ReadCache<>(store.version(), 2_000);
        this.links = new VersionedCopy<>(store, "concept links", () -> store.readInProcess(LinkCopy::read));
    }

    /**
     * At most {@code limit} shortest paths from concept {@code from} to concept {@code to}, shortest
     * first; an unknown id is the client's error (404).
     */
    public Connection connect(String from, String to, int limit) {
        Connection found = connections.get(new Ends(from, to, limit), () -> read(from, to, limit));
        if (found.from() == null) {
            throw BadInputException.notFound("no concept with id " + from);
        }
        if (found.to() == null) {
            throw BadInputException.notFound("no concept with id " + to);
        }
        if (found.from().equals(found.to())) {
            return new Connection(
                    found.from(), found.to(), List.of(new Connection.Path(List.of(found.from()), List.of())));
        }
        return found;
    }

    /** The answer as it is, with a null end for an unknown id (uncached; the warm-up plans its queries with it). */
    Connection read(String from, String to, int limit) {
        return store.embedded() ? readInProcess(from, to, limit) : readOverBolt(from, to, limit);
    }

    /**
     * Found by {@link PathSearch} over the copy of the graph's links, or over the store while the copy
     * of a changed graph is being read, and explained by {@link HopExplainer} in the embedded store's
     * transaction.
     */
    Connection readInProcess(String from, String to, int limit) {
        return readInProcess(from, to, limit, links.current());
    }

    /** As {@link #readInProcess(String, String, int)}, walking the store itself when {@code copy} is empty. */
    Connection readInProcess(String from, String to, int limit, Optional<LinkCopy> copy) {
        return store.readInProcess(tx -> {
            Node a = tx.findNode(CONCEPT, "id", from);
            Node b = tx.findNode(CONCEPT, "id", to);
            if (a == null || b == null || a.equals(b)) {
                return new Connection(HopExplainer.concept(a), HopExplainer.concept(b), List.of());
            }
            Optional<List<Connection.Path>> fromCopy = copy.flatMap(c -> c.shortest(tx, a, b, MAX_HOPS, limit)
                    .flatMap(paths -> explained(paths, new HopExplainer(tx, c.tellingIn(tx)))));
            List<Connection.Path> paths = fromCopy.orElseGet(() -> walkingTheStore(tx, a, b, limit));
            return new Connection(HopExplainer.concept(a), HopExplainer.concept(b), paths);
        });
    }

    private static List<Connection.Path> walkingTheStore(Transaction tx, Node a, Node b, int limit) {
        Degrees degrees = new Degrees();
        return explained(
                        PathSearch.shortest(a, b, MAX_HOPS, limit, new StoreWalk(degrees)),
                        new HopExplainer(tx, HopExplainer.readingEachLink(degrees)))
                .orElseThrow(() ->
                        new InternalFaultException("no link between two neighbours of a path found in the same read"));
    }

    /** Every path explained, or empty when one of them is not a path of this transaction's graph. */
    private static Optional<List<Connection.Path>> explained(List<List<Node>> paths, HopExplainer explainer) {
        List<Connection.Path> said = new ArrayList<>(paths.size());
        for (List<Node> path : paths) {
            Optional<Connection.Path> one = explainer.path(path);
            if (one.isEmpty()) {
                return Optional.empty();
            }
            said.add(one.get());
        }
        return Optional.of(said);
    }

    /**
     * Starts reading the copy of an embedded store's links in the background (at server start); the
     * future completes when it is ready, at once for a server, whose searches Cypher runs.
     */
    public CompletableFuture<?> prepare() {
        return store.embedded() ? links.prepare() : CompletableFuture.completedFuture(null);
    }

    /** Found and explained by two queries in one transaction, as a server answers. */
    Connection readOverBolt(String from, String to, int limit) {
        return store.readOverBolt(tx -> {
            List<Object> paths = tx.run(Cypher.query("find-shortest-paths"), parameters(from, to, limit))
                    .single()
                    .get("paths")
                    .asList(Value::asObject);
            return connection(tx.run(Cypher.query("explain-paths"), explaining(from, to, paths))
                    .single()
                    .asMap());
        });
    }

    static Map<String, Object> parameters(String from, String to, int limit) {
        return Map.of("from", from, "to", to, "limit", (long) limit);
    }

    private static Map<String, Object> explaining(String from, String to, List<?> paths) {
        return Map.of("from", from, "to", to, "paths", paths);
    }

    /** The query's row, whichever way it was read. */
    static Connection connection(Map<String, Object> row) {
        return new Connection(
                node(row.get("from")),
                node(row.get("to")),
                list(row.get("paths")).stream().map(ConnectQueries::path).toList());
    }

    private static Connection.Path path(Object value) {
        Map<?, ?> v = (Map<?, ?>) value;
        List<Connection.Node> nodes =
                list(v.get("nodes")).stream().map(ConnectQueries::node).toList();
        List<?> links = list(v.get("hops"));
        List<Connection.Hop> hops = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            hops.add(Connection.Hop.walked(nodes.get(i), nodes.get(i + 1), link((Map<?, ?>) links.get(i))));
        }
        return new Connection.Path(nodes, hops);
    }

    private static Connection.Node node(Object value) {
        return value instanceof Map<?, ?> v ? new Connection.Node((String) v.get("id"), (String) v.get("name")) : null;
    }

    private static Connection.Link link(Map<?, ?> v) {
        Optional<Connection.Source> source = v.get("ordinal") == null
                ? Optional.empty()
                : Optional.of(new Connection.Source(
                        (String) v.get("deck"),
                        v.get("deckName") == null ? "" : (String) v.get("deckName"),
                        ((Number) v.get("ordinal")).intValue()));
        return new Connection.Link(
                (String) v.get("start"),
                RelationType.valueOf((String) v.get("type")),
                v.get("order") == null ? null : ((Number) v.get("order")).intValue(),
                (String) v.get("phrase"),
                (String) v.get("reason"),
                (String) v.get("card"),
                source);
    }

    private static List<?> list(Object value) {
        return value == null ? List.of() : (List<?>) value;
    }
}
