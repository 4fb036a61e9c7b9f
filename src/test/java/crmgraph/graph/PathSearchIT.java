package crmgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.testing.TestGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;

/**
 * The in-process search for "how are these connected?" finds what Cypher's allShortestPaths finds,
 * walking the store or the copy of its links alike.
 */
class PathSearchIT {

    private static final Label CONCEPT = Label.label("Concept");

    private GraphStore store;

    @BeforeEach
    void emptyStore() {
        store = TestGraph.store();
        TestGraph.wipe();
    }

    @Test
    void every_shortest_path_is_found_once_however_many_links_say_each_hop_and_in_order_of_names() {
        link("Loyalty", "Trust", "RELATED_TO", "RELATED_TO", "RELATED_TO");
        link("Loyalty", "Satisfaction", "RELATED_TO");
        link("Loyalty", "Commitment", "IS_A", "RELATED_TO");
        link("Retention", "Trust", "RELATED_TO");
        link("Retention", "Satisfaction", "HAS_PART", "RELATED_TO");
        link("Retention", "Commitment", "RELATED_TO");
        link("Loyalty", "Churn", "RELATED_TO");

        assertThat(search("loyalty", "retention", 5))
                .containsExactly(
                        List.of("loyalty", "commitment", "retention"),
                        List.of("loyalty", "satisfaction", "retention"),
                        List.of("loyalty", "trust", "retention"));
        assertThat(search("loyalty", "retention", 2))
                .containsExactly(
                        List.of("loyalty", "commitment", "retention"), List.of("loyalty", "satisfaction", "retention"));
    }

    @Test
    void links_are_walked_against_their_direction_and_six_hops_is_the_furthest_looked() {
        List<String> chain = List.of("A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8");
        for (int i = 0; i + 1 < chain.size(); i++) {
            // every other link points back towards the start
            if (i % 2 == 0) {
                link(chain.get(i), chain.get(i + 1), "HAS_PART");
            } else {
                link(chain.get(i + 1), chain.get(i), "IS_A");
            }
        }

        assertThat(search("a1", "a7", 3)).containsExactly(List.of("a1", "a2", "a3", "a4", "a5", "a6", "a7"));
        assertThat(search("a7", "a1", 3)).containsExactly(List.of("a7", "a6", "a5", "a4", "a3", "a2", "a1"));
        assertThat(search("a1", "a8", 3)).isEmpty();
    }

    @Test
    void concepts_in_separate_pieces_have_no_path() {
        link("Data warehouse", "Data mining", "RELATED_TO");
        link("Complaint", "Service recovery", "RELATED_TO");

        assertThat(search("data-warehouse", "complaint", 3)).isEmpty();
    }

    @Test
    void on_random_graphs_with_hubs_and_parallel_links_it_answers_as_cypher_does() {
        Random random = new Random(23);
        int withPaths = 0;
        int withSeveral = 0;
        for (int graph = 0; graph < 4; graph++) {
            TestGraph.wipe();
            int concepts = 40 + random.nextInt(40);
            List<Map<String, Object>> links = new ArrayList<>();
            for (int i = 0; i < concepts * 3 / 2; i++) {
                // a tenth of the links lead to one of two hubs; some links are said by several decks
                int from = random.nextInt(concepts);
                int to = random.nextInt(10) == 0 ? random.nextInt(2) : random.nextInt(concepts);
                String type = List.of("HAS_PART", "IS_A", "RELATED_TO").get(random.nextInt(3));
                for (int copies = random.nextInt(4) == 0 ? 3 : 1; copies > 0; copies--) {
                    links.add(Map.of("from", "c" + from, "to", "c" + to, "type", type));
                }
            }
            write(concepts, links);
            for (int pair = 0; pair < 60; pair++) {
                String from = "c" + random.nextInt(concepts);
                String to = "c" + random.nextInt(concepts);
                if (!from.equals(to)) {
                    List<List<String>> found = search(from, to, 5);
                    assertThat(found).as(from + " > " + to).isEqualTo(cypher(from, to, 5));
                    withPaths += found.isEmpty() ? 0 : 1;
                    withSeveral += found.size() > 1 ? 1 : 0;
                }
            }
        }
        assertThat(withPaths).as("pairs with a path").isGreaterThan(150);
        assertThat(withSeveral).as("pairs with several paths").isGreaterThan(50);
    }

    /** The paths found walking the store, checked to be the paths found over the copy of its links. */
    private List<List<String>> search(String from, String to, int limit) {
        return store.readInProcess(tx -> {
            Node a = tx.findNode(CONCEPT, "id", from);
            Node b = tx.findNode(CONCEPT, "id", to);
            List<List<String>> walkingTheStore =
                    ids(PathSearch.shortest(a, b, ConnectQueries.MAX_HOPS, limit, new StoreWalk(new Degrees())));
            List<List<String>> overTheCopy = ids(LinkCopy.read(tx)
                    .shortest(tx, a, b, ConnectQueries.MAX_HOPS, limit)
                    .orElseThrow());
            assertThat(overTheCopy).as("over the copy of the links").isEqualTo(walkingTheStore);
            return walkingTheStore;
        });
    }

    private static List<List<String>> ids(List<List<Node>> paths) {
        return paths.stream()
                .map(path ->
                        path.stream().map(n -> (String) n.getProperty("id")).toList())
                .toList();
    }

    /** Cypher's allShortestPaths, every path (no cap), distinct by concepts, ordered as the answer is. */
    private List<List<String>> cypher(String from, String to, int limit) {
        return store
                .driver()
                .executableQuery("""
                        MATCH (a:Concept {id: $from}), (b:Concept {id: $to})
                        MATCH p = allShortestPaths((a)-[:HAS_PART|IS_A|RELATED_TO*..6]-(b))
                        WITH DISTINCT nodes(p) AS ns
                        ORDER BY [n IN ns | toLower(n.name)], [n IN ns | n.id]
                        LIMIT $limit
                        RETURN [n IN ns | n.id] AS ids""")
                .withParameters(Map.of("from", from, "to", to, "limit", limit))
                .withConfig(store.reads())
                .execute()
                .records()
                .stream()
                .map(r -> r.get("ids").asList(v -> v.asString()))
                .toList();
    }

    /**
     * Links {@code from} to {@code to} once per type given (one of the three relation types), creating
     * both concepts (named as given, the id lower-cased).
     */
    private void link(String from, String to, String... types) {
        for (String type : types) {
            store.driver()
                    .executableQuery("MERGE (a:Concept {id: toLower(replace($from, ' ', '-'))}) SET a.name = $from "
                            + "MERGE (b:Concept {id: toLower(replace($to, ' ', '-'))}) SET b.name = $to "
                            + "CREATE (a)-[:" + type + "]->(b)")
                    .withParameters(Map.of("from", from, "to", to))
                    .withConfig(store.writes())
                    .execute();
        }
    }

    private void write(int concepts, List<Map<String, Object>> links) {
        store.driver()
                // names in another order than ids, all different (37 is prime to 101, and n < 101)
                .executableQuery(
                        "UNWIND range(0, $n - 1) AS i CREATE (:Concept {id: 'c' + i, name: 'Concept ' + (i * 37 % 101)})")
                .withParameters(Map.of("n", concepts))
                .withConfig(store.writes())
                .execute();
        for (String type : List.of("HAS_PART", "IS_A", "RELATED_TO")) {
            store.driver()
                    .executableQuery("UNWIND $links AS l WITH l WHERE l.type = $type "
                            + "MATCH (a:Concept {id: l.from}), (b:Concept {id: l.to}) CREATE (a)-[:" + type + "]->(b)")
                    .withParameters(Map.of("links", links, "type", type))
                    .withConfig(store.writes())
                    .execute();
        }
    }
}
