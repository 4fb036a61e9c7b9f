package crmgraph.graph;

import crmgraph.InternalFaultException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The application's Cypher, one query per file under {@code cypher/} on the classpath, named for
 * what it does. Queries take parameters only; nothing here ever splices user text into Cypher.
 */
public final class Cypher {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Cypher() {}

    /** The query in {@code cypher/NAME.cypher}. */
    public static String query(String name) {
        return CACHE.computeIfAbsent(name, Cypher::load);
    }

    /** The statements of a file that holds several, separated by semicolons (the schema). */
    public static List<String> statements(String name) {
        return Arrays.stream(query(name).split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty()
                        && !s.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("//")))
                .toList();
    }

    private static String load(String name) {
        String path = "/cypher/" + name + ".cypher";
        try (InputStream in = Cypher.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new InternalFaultException("missing query file " + path + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new InternalFaultException("cannot read query file " + path, e);
        }
    }
}
