package crmgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.pipeline.Importer.SourceText;
import crmgraph.pipeline.Pipeline;
import crmgraph.testing.TestGraph;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "How are these connected?" found in this process (how an embedded store answers it) gives the
 * answer Cypher finds through the driver (how a server answers it), on the project's own notes, and no
 * more such reads run at once than the store allows.
 */
class InProcessReadIT {

    private static GraphStore store;
    private static List<String> ids;
    private static ConnectQueries connections;

    @BeforeAll
    static void importTheNotes() {
        store = TestGraph.store();
        TestGraph.wipe();
        assertThat(Pipeline.importer(store)
                        .importPaths(List.of(Path.of("notes")))
                        .failures())
                .isEmpty();
        connections = new ConnectQueries(store);
        ids = store
                .driver()
                .executableQuery("MATCH (c:Concept) RETURN c.id AS id ORDER BY id")
                .withConfig(store.reads())
                .execute()
                .records()
                .stream()
                .map(r -> r.get("id").asString())
                .toList();
    }

    @Test
    void connections_read_in_process_are_the_connections_the_driver_reads() {
        assertThat(store.embedded()).isTrue();
        assertThat(ids).hasSizeGreaterThan(50);
        Random random = new Random(11);
        Optional<LinkCopy> copy = Optional.of(store.readInProcess(LinkCopy::read));
        int withPaths = 0;
        for (int i = 0; i < 300; i++) {
            String from = ids.get(random.nextInt(ids.size()));
            String to = i % 50 == 0 ? "no-such-concept" : ids.get(random.nextInt(ids.size()));
            Connection inProcess = bothWaysInProcess(from, to, copy);
            Connection overBolt = connections.readOverBolt(from, to, ConnectQueries.MAX_PATHS);
            assertThat(inProcess).as(from + " > " + to).isEqualTo(overBolt);
            withPaths += inProcess.paths().stream().anyMatch(p -> !p.hops().isEmpty()) ? 1 : 0;
        }
        assertThat(withPaths).as("pairs with a path of at least one hop").isGreaterThan(30);
    }

    @Test
    void a_hop_over_parallel_links_is_said_by_the_same_link_both_ways() {
        store.driver().executableQuery("""
                        CREATE (x:Concept {id: 'hop-x', name: 'Hop X'}), (y:Concept {id: 'hop-y', name: 'Hop Y'}),
                               (p:Concept {id: 'hop-p', name: 'Hop P'}), (q:Concept {id: 'hop-q', name: 'Hop Q'}),
                               (r:Concept {id: 'hop-r', name: 'Hop R'}), (s:Concept {id: 'hop-s', name: 'Hop S'}),
                               (:Deck {id: 'hop-d1', name: 'First deck'}), (:Deck {id: 'hop-d2', name: 'Second deck'}),
                               (:Card {id: 'hop-c1', ordinal: 4}), (:Card {id: 'hop-c2', ordinal: 7}),
                               (:Card {id: 'hop-c3', ordinal: 9}),
                               (y)-[:RELATED_TO {reason: 'mention', card: 'hop-c1', deck: 'hop-d1'}]->(x),
                               (x)-[:RELATED_TO {phrase: 'measures', card: 'hop-c3', deck: 'hop-d1'}]->(y),
                               (x)-[:RELATED_TO {phrase: 'uses', card: 'hop-c2', deck: 'hop-d2'}]->(y),
                               (p)-[:RELATED_TO {phrase: 'depends on', card: 'hop-c1', deck: 'hop-d1'}]->(q),
                               (q)-[:IS_A {card: 'hop-c3', deck: 'hop-d2'}]->(p),
                               (q)-[:RELATED_TO {reason: 'mention', card: 'hop-c1', deck: 'hop-d1'}]->(r),
                               (r)-[:RELATED_TO {reason: 'contrast', card: 'hop-gone', deck: 'hop-d1'}]->(q),
                               (r)-[:HAS_PART {order: 2}]->(s),
                               (r)-[:HAS_PART {order: 1, card: 'hop-c2', deck: 'hop-d2'}]->(s)
                        """).withConfig(store.writes()).execute();
        assertThat(hop("hop-x", "hop-y").sentence()).isEqualTo("Hop X uses Hop Y");
        assertThat(hop("hop-x", "hop-y").source()).contains(new Connection.Source("hop-d2", "Second deck", 7));
        assertThat(hop("hop-p", "hop-q").sentence()).isEqualTo("Hop Q is a kind of Hop P");
        assertThat(hop("hop-q", "hop-r").sentence()).isEqualTo("Hop R is contrasted with Hop Q");
        assertThat(hop("hop-q", "hop-r").source()).isEmpty();
        assertThat(hop("hop-r", "hop-s").card()).isEqualTo("hop-c2");
    }

    /** The one hop between two neighbours, after checking that all three ways say it alike. */
    private static Connection.Hop hop(String from, String to) {
        Connection inProcess = bothWaysInProcess(from, to, Optional.of(store.readInProcess(LinkCopy::read)));
        assertThat(inProcess).isEqualTo(connections.readOverBolt(from, to, ConnectQueries.MAX_PATHS));
        assertThat(inProcess.paths()).hasSize(1);
        return inProcess.paths().get(0).hops().get(0);
    }

    @Test
    void a_copy_of_the_links_that_a_write_has_since_changed_is_checked_and_the_store_walked_instead() {
        store.driver().executableQuery("""
                        CREATE (u:Concept {id: 'stale-u', name: 'Stale U'}), (v:Concept {id: 'stale-v', name: 'Stale V'}),
                               (w:Concept {id: 'stale-w', name: 'Stale W'}),
                               (u)-[:RELATED_TO {phrase: 'shapes'}]->(v), (u)-[:RELATED_TO {reason: 'mention'}]->(v),
                               (v)-[:IS_A]->(w)
                        """).withConfig(store.writes()).execute();
        Optional<LinkCopy> before = Optional.of(store.readInProcess(LinkCopy::read));
        assertThat(names(connections.readInProcess("stale-u", "stale-w", ConnectQueries.MAX_PATHS, before)))
                .containsExactly(List.of("Stale U", "Stale V", "Stale W"));

        // the most telling link the copy knows is gone, a less telling one is left
        write("MATCH (:Concept {id: 'stale-u'})-[r:RELATED_TO {phrase: 'shapes'}]->() DELETE r");
        Connection afterTellingGone = connections.readInProcess("stale-u", "stale-w", ConnectQueries.MAX_PATHS, before);
        assertThat(afterTellingGone.paths().get(0).hops().get(0).sentence())
                .isEqualTo("Stale U's definition mentions Stale V");
        assertThat(afterTellingGone)
                .isEqualTo(connections.readOverBolt("stale-u", "stale-w", ConnectQueries.MAX_PATHS));

        // the link the copy knows is gone, another path of the same length is new
        write("""
                MATCH (:Concept {id: 'stale-v'})-[r:IS_A]->(:Concept {id: 'stale-w'}) DELETE r
                WITH 1 AS one
                MATCH (u:Concept {id: 'stale-u'}), (w:Concept {id: 'stale-w'})
                CREATE (u)-[:HAS_PART]->(:Concept {id: 'stale-z', name: 'Stale Z'})-[:IS_A]->(w)""");
        Connection afterLinkGone = connections.readInProcess("stale-u", "stale-w", ConnectQueries.MAX_PATHS, before);
        assertThat(names(afterLinkGone)).containsExactly(List.of("Stale U", "Stale Z", "Stale W"));
        assertThat(afterLinkGone).isEqualTo(connections.readOverBolt("stale-u", "stale-w", ConnectQueries.MAX_PATHS));

        // a concept the copy walks through is gone
        Optional<LinkCopy> second = Optional.of(store.readInProcess(LinkCopy::read));
        write("MATCH (z:Concept {id: 'stale-z'}) DETACH DELETE z");
        assertThat(connections
                        .readInProcess("stale-u", "stale-w", ConnectQueries.MAX_PATHS, second)
                        .paths())
                .isEmpty();
    }

    @Test
    void a_connection_asked_after_a_deck_changed_the_graph_is_found_in_the_changed_graph() {
        ConnectQueries fresh = new ConnectQueries(store);
        fresh.prepare().join();
        importDeck(
                "fresh-one.txt",
                "Yeast loyalty: attachment of brewers to one yeast supplier, a kind of brand loyalty.");
        importDeck("fresh-two.txt", "Hop loyalty: a kind of yeast loyalty among craft brewers.");
        String hop = id("Hop loyalty");
        String yeast = id("Yeast loyalty");
        assertThat(names(fresh.connect(hop, yeast, ConnectQueries.MAX_PATHS))).isNotEmpty();
        assertThat(fresh.connect(hop, yeast, ConnectQueries.MAX_PATHS))
                .isEqualTo(connections.readOverBolt(hop, yeast, ConnectQueries.MAX_PATHS));
    }

    @Test
    void reads_in_process_run_at_most_twice_the_cores_at_once_and_the_rest_wait_their_turn() throws Exception {
        int requests = 4 * GraphStore.IN_PROCESS_READS;
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        var threads = Executors.newFixedThreadPool(requests);
        try {
            List<Future<Connection>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(threads.submit(() -> store.readInProcess(tx -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    sleepQuietly();
                    running.decrementAndGet();
                    return connections.readOverBolt(ids.get(0), ids.get(ids.size() - 1), ConnectQueries.MAX_PATHS);
                })));
            }
            Connection first = answers.get(0).get();
            for (Future<Connection> answer : answers) {
                assertThat(answer.get()).isEqualTo(first);
            }
        } finally {
            threads.shutdown();
        }
        assertThat(most.get()).isEqualTo(GraphStore.IN_PROCESS_READS);
    }

    /** Found walking the store and over the copy of its links, checked to be the same answer. */
    private static Connection bothWaysInProcess(String from, String to, Optional<LinkCopy> copy) {
        Connection walkingTheStore = connections.readInProcess(from, to, ConnectQueries.MAX_PATHS, Optional.empty());
        assertThat(connections.readInProcess(from, to, ConnectQueries.MAX_PATHS, copy))
                .as("over the copy of the links: " + from + " > " + to)
                .isEqualTo(walkingTheStore);
        return walkingTheStore;
    }

    private static List<List<String>> names(Connection connection) {
        return connection.paths().stream()
                .map(p -> p.nodes().stream().map(Connection.Node::name).toList())
                .toList();
    }

    private static void write(String cypher) {
        store.driver().executableQuery(cypher).withConfig(store.writes()).execute();
    }

    private static void importDeck(String file, String text) {
        assertThat(Pipeline.importer(store)
                        .importTexts(List.of(SourceText.of(file, (text + "\n").getBytes(StandardCharsets.UTF_8))))
                        .failures())
                .isEmpty();
    }

    private static String id(String name) {
        return store.driver()
                .executableQuery("MATCH (c:Concept) WHERE c.name = $name RETURN c.id AS id")
                .withParameters(java.util.Map.of("name", name))
                .withConfig(store.reads())
                .execute()
                .records()
                .get(0)
                .get("id")
                .asString();
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
