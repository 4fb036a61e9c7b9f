package crmgraph.cli;

import crmgraph.graph.GraphStore;

/**
 * Closes the store when the JVM is asked to stop (Ctrl-C, SIGTERM), so the embedded store is
 * flushed and its lock released; closing twice is harmless.
 */
final class Shutdown {

    private Shutdown() {}

    static GraphStore closeOnExit(GraphStore store) {
        Runtime.getRuntime().addShutdownHook(new Thread(store::close, "crmgraph-shutdown"));
        return store;
    }
}
