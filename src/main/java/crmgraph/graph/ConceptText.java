package crmgraph.graph;

import java.util.Map;
import org.neo4j.driver.Session;

/**
 * The denormalised text of concepts that the full-text index reads (names, aliases, definitions).
 * Deck writes only mark the concepts they change; this rebuilds the marked ones. A store left by a
 * killed import may hold marks, so opening a store refreshes too.
 */
final class ConceptText {

    private static final int BATCH = 2000;

    private ConceptText() {}

    static void refreshStale(GraphStore store) {
        String query = Cypher.query("refresh-stale-concept-text");
        try (Session session = store.driver().session(store.session())) {
            int refreshed;
            do {
                refreshed = session.executeWrite(tx -> tx.run(query, Map.of("batch", BATCH))
                        .single()
                        .get("refreshed")
                        .asInt());
            } while (refreshed == BATCH);
        } finally {
            store.version().changed();
        }
    }
}
