package crmgraph.graph;

import crmgraph.RelationType;
import java.util.EnumSet;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * Start-up work that makes the first pages fast, on its own thread once the server serves: the
 * data of the home page (the page a student opens first) read into the read caches while nothing
 * else competes for the CPU, then the caller's own background work (the quiz items), then every
 * other page's query run once: Neo4j plans a query the first time it sees it, and a class
 * arriving at once would otherwise plan it 32 times over.
 */
public final class Warmup {

    private static final String NO_SUCH_ID = "crmgraph-prepares-its-queries-with-no-such-concept";
    private static final String THREAD = "crmgraph-plan-queries";

    /** The sizes the pages ask for, so that warm-up reads and plans exactly what they will. */
    public record PageSizes(int overviewLists, int index, int conceptLists, int searchResults) {}

    private final GraphStore store;
    private final ConceptQueries concepts;
    private final DeckQueries decks;
    private final GraphQueries graph;
    private final ConnectQueries connections;
    private final PageSizes sizes;

    public Warmup(
            GraphStore store,
            ConceptQueries concepts,
            DeckQueries decks,
            GraphQueries graph,
            ConnectQueries connections,
            PageSizes sizes) {
        this.store = store;
        this.concepts = concepts;
        this.decks = decks;
        this.graph = graph;
        this.connections = connections;
        this.sizes = sizes;
    }

    /**
     * Runs the warm-up on a daemon thread, {@code next} after the home page's data. A failure once
     * the store is closing (Ctrl-C during start-up) ends it quietly; any other is logged, and the
     * pages and quizzes then do that work when asked.
     */
    public void start(Runnable next) {
        Thread t = new Thread(
                () -> {
                    try {
                        run(next);
                    } catch (RuntimeException e) {
                        if (!store.closed()) {
                            LoggerFactory.getLogger(Warmup.class)
                                    .warn("{} stopped; pages and quizzes do that work when asked", THREAD, e);
                        }
                    }
                },
                THREAD);
        t.setDaemon(true);
        t.start();
    }

    /** The warm-up itself, on the caller's thread: the home page's data, {@code next}, then the other pages' queries. */
    public void run(Runnable next) {
        concepts.lists(sizes.overviewLists());
        decks.list();
        graph.stats();
        concepts.list(sizes.index());
        concepts.prepare();
        connections.prepare();
        next.run();
        // An id as long as real ones: Neo4j may plan a query again for parameters of another size.
        concepts.find(NO_SUCH_ID, sizes.conceptLists());
        concepts.search("crm", sizes.searchResults());
        graph.neighbourhood(NO_SUCH_ID, 1, EnumSet.allOf(RelationType.class), Optional.empty());
        // The shortest-path search takes seconds to plan on a cold server.
        connections.read(NO_SUCH_ID, NO_SUCH_ID, ConnectQueries.DEFAULT_PATHS);
        decks.find(NO_SUCH_ID);
    }
}
