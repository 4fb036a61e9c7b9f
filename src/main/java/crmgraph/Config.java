package crmgraph;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Immutable configuration of one crmgraph process.
 *
 * @param dataDir    where the embedded store lives (ignored when {@code neo4jUri} is set)
 * @param neo4jUri   an external server or cluster; empty means embedded
 * @param user       user name for the external server
 * @param password   password for the external server
 * @param database   the database every query names
 * @param boltPort   Bolt port of the embedded store on 127.0.0.1; 0 picks a free one
 * @param adminToken token that guards importing through the web; empty means open on loopback only
 */
public record Config(
        Path dataDir,
        Optional<String> neo4jUri,
        String user,
        String password,
        String database,
        int boltPort,
        Optional<String> adminToken) {

    public static final String DEFAULT_DATABASE = "neo4j";

    /** Configuration from the process environment, with the data directory given by the caller. */
    public static Config fromEnvironment(Path dataDir) {
        return fromEnvironment(dataDir, System.getenv());
    }

    public static Config fromEnvironment(Path dataDir, Map<String, String> env) {
        return new Config(
                dataDir.toAbsolutePath().normalize(),
                nonBlank(env.get("NEO4J_URI")),
                nonBlank(env.get("NEO4J_USER")).orElse("neo4j"),
                nonBlank(env.get("NEO4J_PASSWORD")).orElse(""),
                nonBlank(env.get("NEO4J_DATABASE")).orElse(DEFAULT_DATABASE),
                nonBlank(env.get("CRMGRAPH_BOLT_PORT")).map(Config::port).orElse(0),
                nonBlank(env.get("CRMGRAPH_ADMIN_TOKEN")));
    }

    public boolean embedded() {
        return neo4jUri.isEmpty();
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static int port(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new BadInputException("CRMGRAPH_BOLT_PORT must be a port number, not '" + value + "'");
        }
    }
}
