package crmgraph.graph;

import crmgraph.BadInputException;
import crmgraph.Config;
import crmgraph.InternalFaultException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/**
 * The one Driver of a crmgraph process, with the database every query names. In embedded mode it
 * also owns the {@link EmbeddedNeo4j} it talks to over Bolt on loopback, so database access goes
 * through the same driver code whether the store is embedded or a remote server or cluster; the one
 * exception is {@link #readInProcess}, for "how are these connected?", which an embedded store answers
 * in this process (its search in Java, its explanation by the same query file and mapping).
 */
public final class GraphStore implements AutoCloseable {

    /**
     * How many {@link #readInProcess} reads run in this process at once: twice the cores. A read in process
     * runs on its request's thread, so 32 of them at once on two cores only stretched each other, and
     * every collection found 32 searches' worth of live memory to copy. Taken in turn with no limit
     * on the 100k benchmark graph (wrk, 32 connections): p99 71–85 ms in five runs of six against
     * 101–155 ms, at the same throughput. The queue is fair, so the oldest request goes first.
     */
    static final int IN_PROCESS_READS = 2 * Runtime.getRuntime().availableProcessors();

    private final Semaphore inProcessReads = new Semaphore(IN_PROCESS_READS, true);
    private final EmbeddedNeo4j embedded;
    private final Driver driver;
    private final String database;
    private final String location;
    private final GraphVersion version;
    private volatile boolean closed;

    private GraphStore(EmbeddedNeo4j embedded, Driver driver, String database, String location) {
        this.embedded = embedded;
        this.driver = driver;
        this.database = database;
        this.location = location;
        this.version = GraphVersion.of(this);
    }

    /**
     * Opens the store the configuration names, checks it answers, applies the schema where the store
     * has an older one, and rebuilds concept text an interrupted import left stale.
     */
    public static GraphStore open(Config config) {
        EmbeddedNeo4j embedded = config.embedded() ? EmbeddedNeo4j.start(config.dataDir(), config.boltPort()) : null;
        String uri = embedded != null ? embedded.boltUri() : config.neo4jUri().orElseThrow();
        Driver driver = embedded != null
                ? GraphDatabase.driver(uri, AuthTokens.none(), driverConfig())
                : GraphDatabase.driver(uri, AuthTokens.basic(config.user(), config.password()), driverConfig());
        GraphStore store = new GraphStore(
                embedded,
                driver,
                config.database(),
                embedded != null ? config.dataDir().toString() : uri);
        try {
            StoreState state = store.verify();
            if (!state.schemaVersion().equals(Schema.version())) {
                Schema.apply(store);
            }
            if (state.staleText()) {
                ConceptText.refreshStale(store);
            }
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    public Driver driver() {
        return driver;
    }

    /** The graph's version, for read caches; changed by every write this process commits. */
    public GraphVersion version() {
        return version;
    }

    public String database() {
        return database;
    }

    /** Where the data lives, for messages: the data directory or the server URI. */
    public String location() {
        return location;
    }

    public boolean embedded() {
        return embedded != null;
    }

    /** The embedded store's Bolt URI (bolt://127.0.0.1:port), for tests that check where it listens. */
    java.util.Optional<String> embeddedBoltUri() {
        return java.util.Optional.ofNullable(embedded).map(EmbeddedNeo4j::boltUri);
    }

    /**
     * {@code work} in one read transaction of the embedded store, in this process. A shortest-path
     * answer cost 1.1–1.5 ms of CPU there against 3.9–6.5 ms through the driver and Bolt (the same
     * 500 pairs of the 100k graph in turn), which decides how many such answers two cores give under
     * load; at most {@link #IN_PROCESS_READS} run at once, the others wait their turn.
     */
    <T> T readInProcess(Function<org.neo4j.graphdb.Transaction, T> work) {
        if (embedded == null) {
            throw new InternalFaultException("a server store is read through the driver, not in process");
        }
        inProcessReads.acquireUninterruptibly();
        try (org.neo4j.graphdb.Transaction tx = embedded.database(database).beginTx()) {
            return work.apply(tx);
        } finally {
            inProcessReads.release();
        }
    }

    /** {@code work} in one read transaction through the driver, as on a server (and to compare the two ways in tests). */
    <T> T readOverBolt(Function<TransactionContext, T> work) {
        try (Session session = driver.session(session())) {
            return session.executeRead(work::apply);
        }
    }

    /** Query config for reads: routed to readers on a cluster. */
    public QueryConfig reads() {
        return QueryConfig.builder()
                .withDatabase(database)
                .withRouting(RoutingControl.READ)
                .build();
    }

    /** Query config for writes. */
    public QueryConfig writes() {
        return QueryConfig.builder()
                .withDatabase(database)
                .withRouting(RoutingControl.WRITE)
                .build();
    }

    public SessionConfig session() {
        return SessionConfig.forDatabase(database);
    }

    /** What opening needs to know; an empty schema version stands for a store never given one. */
    private record StoreState(String schemaVersion, boolean staleText) {}

    /** Connects, and reads the store's state in the same first query (each new query costs a cold process its planning). */
    private StoreState verify() {
        try {
            driver.verifyConnectivity();
            var row = driver.executableQuery(Cypher.query("store-state"))
                    .withConfig(reads())
                    .execute()
                    .records()
                    .get(0);
            return new StoreState(
                    row.get("schema").isNull() ? "" : row.get("schema").asString(),
                    row.get("stale").asBoolean());
        } catch (AuthenticationException e) {
            throw new BadInputException(
                    "Neo4j at " + location + " refused the credentials of NEO4J_USER/NEO4J_PASSWORD");
        } catch (ServiceUnavailableException e) {
            throw new BadInputException("Neo4j at " + location + " cannot be reached: check NEO4J_URI");
        } catch (Neo4jException e) {
            throw new BadInputException("Neo4j at " + location + " cannot be used: " + e.getMessage());
        }
    }

    private static org.neo4j.driver.Config driverConfig() {
        return org.neo4j.driver.Config.builder()
                .withLogging(Logging.javaUtilLogging(Level.WARNING))
                .withConnectionTimeout(10, TimeUnit.SECONDS)
                .withMaxConnectionPoolSize(64)
                .withTelemetryDisabled(true)
                .build();
    }

    /**
     * Whether {@link #close()} began: background work that fails after it (reading ahead, building
     * an index, preparing quiz items) ends quietly, since its result is no longer wanted.
     */
    public boolean closed() {
        return closed;
    }

    /** Closes the driver, then flushes and shuts down the embedded store. Safe to call twice. */
    @Override
    public synchronized void close() {
        closed = true;
        try {
            driver.close();
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
