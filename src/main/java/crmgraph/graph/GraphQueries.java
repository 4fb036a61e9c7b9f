package crmgraph.graph;

import crmgraph.RelationType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.Record;

/**
 * Neighbourhoods of the concept graph for the graph view: a breadth-first walk of one query per
 * hop from a centre, capped at a node limit, so a view never loads the whole store.
 */
public final class GraphQueries {

    /** Most concepts one view shows; beyond this the walk stops and says so. */
    public static final int MAX_NODES = 150;
    /** Links beyond which a concept counts as a hub, whose relations are found from their other end. */
    private static final int HUB_DEGREE = 200;

    private final GraphStore store;
    private final ReadCache<Focus, Optional<Subgraph>> neighbourhoods;
    private final ReadCache<Boolean, GraphStats> stats;
    private final ReadCache<Boolean, Optional<String>> hubs;

    /** What a neighbourhood is asked for. */
    private record Focus(String id, int depth, List<String> types, Optional<String> deck) {}

    public GraphQueries(GraphStore store) {
        this.store = store;
        this.neighbourhoods = new ReadCache<>(store.version(), 5_000);
        this.stats = new ReadCache<>(store.version(), 4);
        this.hubs = new ReadCache<>(store.version(), 4);
    }

    /** How much the graph holds. */
    public GraphStats stats() {
        return stats.get(true, () -> GraphStats.of(store));
    }

    /**
     * The concepts within {@code depth} hops of {@code id} over the given relation types (and,
     * when a deck is given, only relations that deck contributed), or empty for an unknown id.
     */
    public Optional<Subgraph> neighbourhood(
            String id, int depth, Collection<RelationType> types, Optional<String> deck) {
        List<String> typeNames = types.stream().map(Enum::name).sorted().toList();
        return neighbourhoods.get(new Focus(id, depth, typeNames, deck), () -> walk(id, depth, typeNames, deck));
    }

    private Optional<Subgraph> walk(String id, int depth, List<String> typeNames, Optional<String> deck) {
        Map<String, Integer> depths = new LinkedHashMap<>();
        depths.put(id, 0);
        List<String> frontier = List.of(id);
        boolean truncated = false;
        for (int hop = 1; hop <= depth && !frontier.isEmpty() && !truncated; hop++) {
            int room = MAX_NODES - depths.size();
            List<String> next = neighbours(frontier, depths.keySet(), typeNames, deck, room + 1);
            truncated = next.size() > room;
            List<String> added = next.subList(0, Math.min(room, next.size()));
            for (String n : added) {
                depths.put(n, hop);
            }
            frontier = added;
        }
        return subgraph(id, depths, typeNames, deck, truncated);
    }

    /** Where the graph view starts when no concept is asked for: the best-connected one. */
    public Optional<String> hub() {
        return hubs.get(
                true,
                () -> store
                        .driver()
                        .executableQuery(Cypher.query("graph-hub"))
                        .withConfig(store.reads())
                        .execute()
                        .records()
                        .stream()
                        .findFirst()
                        .map(r -> r.get("id").asString()));
    }

    private List<String> neighbours(
            List<String> ids, Set<String> seen, List<String> types, Optional<String> deck, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("ids", ids);
        params.put("seen", List.copyOf(seen));
        params.put("types", types);
        params.put("deck", deck.orElse(null));
        params.put("limit", limit);
        return store
                .driver()
                .executableQuery(Cypher.query("graph-neighbours"))
                .withParameters(params)
                .withConfig(store.reads())
                .execute()
                .records()
                .stream()
                .map(r -> r.get("id").asString())
                .toList();
    }

    private Optional<Subgraph> subgraph(
            String center, Map<String, Integer> depths, List<String> types, Optional<String> deck, boolean truncated) {
        Map<String, Object> params = new HashMap<>();
        params.put("ids", List.copyOf(depths.keySet()));
        params.put("types", types);
        params.put("deck", deck.orElse(null));
        params.put("hubDegree", HUB_DEGREE);
        Record r = store.driver()
                .executableQuery(Cypher.query("graph-subgraph"))
                .withParameters(params)
                .withConfig(store.reads())
                .execute()
                .records()
                .get(0);
        List<Subgraph.Node> nodes = new ArrayList<>(r.get("nodes")
                .asList(v -> new Subgraph.Node(
                        v.get("id").asString(),
                        v.get("name").asString(),
                        depths.get(v.get("id").asString()))));
        if (nodes.stream().noneMatch(n -> n.id().equals(center))) {
            return Optional.empty();
        }
        List<Subgraph.Edge> edges = r.get("edges")
                .asList(v -> new Subgraph.Edge(
                        v.get("source").asString(),
                        v.get("target").asString(),
                        v.get("type").asString(),
                        v.get("order").isNull() ? null : v.get("order").asInt()));
        nodes.sort(java.util.Comparator.comparingInt(Subgraph.Node::depth)
                .thenComparing(n -> n.name().toLowerCase()));
        return Optional.of(new Subgraph(center, nodes, edges, truncated));
    }
}
