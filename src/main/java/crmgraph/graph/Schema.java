package crmgraph.graph;

/**
 * Applies {@code cypher/schema.cypher} (constraints and indexes, each {@code IF NOT EXISTS}) to a
 * store that was last given another version of it; the file's text is the version, so any edit
 * applies it again. A store already current costs no schema statement at start.
 */
final class Schema {

    private Schema() {}

    /** This code's schema version: a hash of the schema file's text (String's hash is fixed by its specification). */
    static String version() {
        return Integer.toHexString(Cypher.query("schema").hashCode());
    }

    static void apply(GraphStore store) {
        for (String statement : Cypher.statements("schema")) {
            store.driver().executableQuery(statement).withConfig(store.writes()).execute();
        }
        store.driver()
                .executableQuery("CALL db.awaitIndexes(60)")
                .withConfig(store.writes())
                .execute();
        store.driver()
                .executableQuery(Cypher.query("record-schema-version"))
                .withParameters(java.util.Map.of("version", version()))
                .withConfig(store.writes())
                .execute();
    }
}
