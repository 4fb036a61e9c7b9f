package crmgraph.graph;

import crmgraph.BadInputException;
import crmgraph.RelationType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Value;

/**
 * "How are these connected?": the shortest paths between two concepts, found in Neo4j, each hop
 * explained by its link; answers are cached per graph version.
 */
public final class ConnectQueries {

    /** The longest path looked for (fixed in {@code connect-concepts.cypher}). */
    public static final int MAX_HOPS = 6;
    /** Paths shown unless fewer or more are asked for. */
    public static final int DEFAULT_PATHS = 3;
    /** Most paths one answer holds. */
    public static final int MAX_PATHS = 5;

    private final GraphStore store;
    private final ReadCache<Ends, Connection> connections;

    private record Ends(String from, String to, int limit) {}

    public ConnectQueries(GraphStore store) {
        this.store = store;
        this.connections = new ReadCache<>(store.version(), 2_000);
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

    /** The query's answer as it is, with a null end for an unknown id (uncached; the warm-up plans the query with it). */
    Connection read(String from, String to, int limit) {
        var record = store.driver()
                .executableQuery(Cypher.query("connect-concepts"))
                .withParameters(Map.of("from", from, "to", to, "limit", limit))
                .withConfig(store.reads())
                .execute()
                .records()
                .get(0);
        return new Connection(
                node(record.get("from")),
                node(record.get("to")),
                record.get("paths").asList(ConnectQueries::path));
    }

    private static Connection.Path path(Value v) {
        List<Connection.Node> nodes = v.get("nodes").asList(ConnectQueries::node);
        List<Value> links = v.get("hops").asList(h -> h);
        List<Connection.Hop> hops = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            hops.add(Connection.Hop.walked(nodes.get(i), nodes.get(i + 1), link(links.get(i))));
        }
        return new Connection.Path(nodes, hops);
    }

    private static Connection.Node node(Value v) {
        return v.isNull()
                ? null
                : new Connection.Node(v.get("id").asString(), v.get("name").asString());
    }

    private static Connection.Link link(Value v) {
        Optional<Connection.Source> source = v.get("ordinal").isNull()
                ? Optional.empty()
                : Optional.of(new Connection.Source(
                        v.get("deck").asString(),
                        v.get("deckName").asString(""),
                        v.get("ordinal").asInt()));
        return new Connection.Link(
                v.get("start").asString(),
                RelationType.valueOf(v.get("type").asString()),
                v.get("order").isNull() ? null : v.get("order").asInt(),
                v.get("phrase").asString(null),
                v.get("reason").asString(null),
                v.get("card").asString(null),
                source);
    }
}
