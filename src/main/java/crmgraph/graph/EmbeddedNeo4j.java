package crmgraph.graph;

import crmgraph.BadInputException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * An embedded Neo4j DBMS under one data directory, with Bolt bound to 127.0.0.1 only and no
 * authentication (nothing beyond this machine can reach it).
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";

    private final DatabaseManagementService dbms;
    private final int boltPort;
    private boolean closed;

    private EmbeddedNeo4j(DatabaseManagementService dbms, int boltPort) {
        this.dbms = dbms;
        this.boltPort = boltPort;
    }

    /** The database, for reads run in this process instead of over Bolt. */
    org.neo4j.graphdb.GraphDatabaseService database(String name) {
        return dbms.database(name);
    }

    public static EmbeddedNeo4j start(Path dataDir, int port) {
        DatabaseManagementService dbms = build(dataDir, port);
        try {
            var db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            if (!db.isAvailable(Duration.ofSeconds(60).toMillis())) {
                throw new BadInputException("the graph store in " + dataDir + " did not become available");
            }
            var bound = db.getDependencyResolver()
                    .resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT);
            requireLoopback(bound.getHost());
            return new EmbeddedNeo4j(dbms, bound.getPort());
        } catch (RuntimeException e) {
            dbms.shutdown();
            throw e;
        }
    }

    /**
     * The embedded store runs without authentication, so its Bolt port must never be reachable
     * from another machine: a start that ends up bound elsewhere (whatever configured it) is refused.
     */
    static void requireLoopback(String host) {
        boolean loopback;
        try {
            loopback = host != null && InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            loopback = false;
        }
        if (!loopback) {
            throw new BadInputException(
                    "the embedded graph store would listen on " + host
                            + " without authentication; it only listens on 127.0.0.1 (use NEO4J_URI for a server with authentication)");
        }
    }

    private static DatabaseManagementService build(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
            return new DatabaseManagementServiceBuilder(dataDir)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, 256L * 1024 * 1024)
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                    // Nothing leaves the machine: no anonymous usage report to Neo4j.
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // Bolt's Netty loops otherwise wait a quiet 5 s each before they stop (10 s per
                    // command); the driver is closed first, so nothing can arrive in that period.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .build();
        } catch (Exception e) {
            throw new BadInputException(describeStartFailure(dataDir, e), e);
        }
    }

    /** Turns Neo4j's nested start-up failure into one sentence a user can act on. */
    private static String describeStartFailure(Path dataDir, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            String message = String.valueOf(t.getMessage());
            if (name.contains("FileLock")
                    || message.contains("locked by another process")
                    || message.contains("Lock file")) {
                return "the graph store in " + dataDir
                        + " is in use by another crmgraph process; stop it or use another --data";
            }
            if (message.contains("Address already in use")
                    || name.contains("BindException")
                    || name.contains("PortBind")) {
                return "the Bolt port is already in use: set CRMGRAPH_BOLT_PORT to a free port, or leave it unset";
            }
        }
        return "the graph store in " + dataDir + " could not be started: " + rootMessage(e);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    String boltUri() {
        return "bolt://" + LOOPBACK + ":" + boltPort;
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            dbms.shutdown();
        }
    }
}
