package crmgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.pipeline.Pipeline;
import crmgraph.testing.TestGraph;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "How are these connected?" read in this process (how an embedded store answers it) gives the
 * answer the driver reads over Bolt (how a server answers it), on the project's own notes.
 */
class InProcessReadIT {

    private static GraphStore store;
    private static List<String> ids;

    @BeforeAll
    static void importTheNotes() {
        store = TestGraph.store();
        TestGraph.wipe();
        assertThat(Pipeline.importer(store)
                        .importPaths(List.of(Path.of("notes")))
                        .failures())
                .isEmpty();
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
        int withPaths = 0;
        for (int i = 0; i < 300; i++) {
            String from = ids.get(random.nextInt(ids.size()));
            String to = i % 50 == 0 ? "no-such-concept" : ids.get(random.nextInt(ids.size()));
            var parameters = ConnectQueries.parameters(from, to, ConnectQueries.MAX_PATHS);
            Connection inProcess =
                    store.readOne(Cypher.query("connect-concepts"), parameters, ConnectQueries::connection);
            Connection overBolt =
                    store.readOneOverBolt(Cypher.query("connect-concepts"), parameters, ConnectQueries::connection);
            assertThat(inProcess).as(from + " > " + to).isEqualTo(overBolt);
            withPaths += inProcess.paths().stream().anyMatch(p -> !p.hops().isEmpty()) ? 1 : 0;
        }
        assertThat(withPaths).as("pairs with a path of at least one hop").isGreaterThan(30);
    }
}
