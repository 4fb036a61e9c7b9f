package crmgraph.bench;

import crmgraph.graph.EmbeddedNeo4j;
import java.nio.file.Path;

/**
 * The floor of every command's time: a JVM that starts the embedded store exactly as crmgraph
 * does (Bolt on loopback included), stops it and exits. Run as its own process by {@link StartupBench}.
 */
public final class BareStore {

    private BareStore() {}

    public static void main(String[] args) {
        EmbeddedNeo4j.start(Path.of(args[0]), 0).close();
        System.exit(0);
    }
}
