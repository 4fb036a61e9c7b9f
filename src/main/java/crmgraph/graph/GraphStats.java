package crmgraph.graph;

import org.neo4j.driver.Record;

/** How much the graph holds. */
public record GraphStats(long decks, long cards, long concepts, long relations) {

    public static GraphStats of(GraphStore store) {
        Record r = store.driver()
                .executableQuery(Cypher.query("graph-stats"))
                .withConfig(store.reads())
                .execute()
                .records()
                .get(0);
        return new GraphStats(
                r.get("decks").asLong(),
                r.get("cards").asLong(),
                r.get("concepts").asLong(),
                r.get("relations").asLong());
    }
}
