package crmgraph.graph;

/** Applies {@code cypher/schema.cypher}: constraints and indexes, each {@code IF NOT EXISTS}. */
final class Schema {

    private Schema() {
    }

    static void apply(GraphStore store) {
        for (String statement : Cypher.statements("schema")) {
            store.driver().executableQuery(statement).withConfig(store.writes()).execute();
        }
        store.driver().executableQuery("CALL db.awaitIndexes(60)").withConfig(store.writes()).execute();
    }
}
