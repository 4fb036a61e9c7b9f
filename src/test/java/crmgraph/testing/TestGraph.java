package crmgraph.testing;

import crmgraph.Config;
import crmgraph.graph.GraphStore;
import crmgraph.graph.Maintenance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The one embedded Neo4j of a test run (starting one takes seconds): opened on first use, closed
 * when the JVM ends. Tests that write call {@link #wipe()} first.
 */
public final class TestGraph {

    private static GraphStore store;

    private TestGraph() {}

    public static synchronized GraphStore store() {
        if (store == null) {
            store = GraphStore.open(Config.fromEnvironment(newDataDir("shared"), Map.of()));
            Runtime.getRuntime().addShutdownHook(new Thread(store::close));
        }
        return store;
    }

    /** Deletes every node and relationship; the schema stays. */
    public static void wipe() {
        new Maintenance(store()).deleteEverything();
    }

    /** A fresh directory under target/ for a store of a test's own. */
    public static Path newDataDir(String name) {
        try {
            Files.createDirectories(Path.of("target", "test-data"));
            return Files.createTempDirectory(Path.of("target", "test-data"), name + "-")
                    .toAbsolutePath();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
