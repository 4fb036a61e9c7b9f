package crmgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import crmgraph.Config;
import crmgraph.CrmgraphException;
import crmgraph.pipeline.Pipeline;
import crmgraph.testing.Fixtures;
import crmgraph.testing.TestGraph;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A second Neo4j, with authentication on and on a port of its own, stands in for a server: crmgraph
 * reaches it only through NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE.
 */
class ExternalNeo4jIT {

    private static final String PASSWORD = "s3cret-passw0rd";
    private static DatabaseManagementService server;
    private static String uri;

    @BeforeAll
    static void startServer() {
        Path dir = TestGraph.newDataDir("external");
        server = new DatabaseManagementServiceBuilder(dir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
                .build();
        server.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                .executeTransactionally("ALTER USER neo4j SET PASSWORD '" + PASSWORD + "' CHANGE NOT REQUIRED");
        var db = (GraphDatabaseAPI) server.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        int port = db.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT)
                .getPort();
        uri = "neo4j://127.0.0.1:" + port;
    }

    @AfterAll
    static void stopServer() {
        server.shutdown();
    }

    @Test
    void the_environment_switches_the_whole_pipeline_to_an_external_server() {
        Path unusedDataDir = TestGraph.newDataDir("never-used");
        Config config = Config.fromEnvironment(
                unusedDataDir,
                Map.of("NEO4J_URI", uri, "NEO4J_USER", "neo4j", "NEO4J_PASSWORD", PASSWORD, "NEO4J_DATABASE", "neo4j"));

        try (GraphStore store = GraphStore.open(config)) {
            assertThat(store.embedded()).isFalse();
            Pipeline.importer(store).importPaths(List.of(Fixtures.fixture("glossary.tsv")));
            assertThat(new Exporter(store).export().concepts())
                    .extracting(Export.Concept::name)
                    .contains("Churn");
        }
        assertThat(unusedDataDir.toFile().list()).isEmpty();
    }

    @Test
    void wrong_credentials_give_a_clear_error() {
        Config config = Config.fromEnvironment(
                TestGraph.newDataDir("never-used"),
                Map.of("NEO4J_URI", uri, "NEO4J_USER", "neo4j", "NEO4J_PASSWORD", "wrong"));

        assertThatThrownBy(() -> GraphStore.open(config))
                .isInstanceOf(CrmgraphException.class)
                .hasMessageContaining("refused the credentials");
    }

    @Test
    void an_unreachable_server_gives_a_clear_error() {
        Config config = Config.fromEnvironment(
                TestGraph.newDataDir("never-used"), Map.of("NEO4J_URI", "bolt://127.0.0.1:1", "NEO4J_PASSWORD", "x"));

        assertThatThrownBy(() -> GraphStore.open(config))
                .isInstanceOf(CrmgraphException.class)
                .hasMessageContaining("cannot be reached");
    }
}
