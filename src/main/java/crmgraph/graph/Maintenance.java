package crmgraph.graph;

import org.neo4j.driver.Session;

/** Whole-store operations for benchmarks and tests. */
public final class Maintenance {

    private final GraphStore store;

    public Maintenance(GraphStore store) {
        this.store = store;
    }

    /** Deletes every node and relationship, in batches; the schema stays. */
    public void deleteEverything() {
        // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence a plain session.run.
        try (Session session = store.driver().session(store.session())) {
            session.run(Cypher.query("delete-all-relationships")).consume();
            session.run(Cypher.query("delete-everything")).consume();
        } finally {
            store.version().changed();
        }
    }
}
