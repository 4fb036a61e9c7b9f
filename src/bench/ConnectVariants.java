import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;

/**
 * Variants of a connect query (such as the old search-and-explain-in-one query, or
 * find-shortest-paths.cypher) taken in turn over the same random pairs of a graph: CPU per
 * request (the whole process: the query, Bolt and the driver) and latency of one client, and how many
 * answers differ from the first file's. Taking the variants in turn, round after round, is what makes
 * them comparable on a machine other work shares; compare the medians.
 *
 * <pre>java -cp target/crmgraph.jar src/bench/ConnectVariants.java DATA_DIR a.cypher b.cypher ...</pre>
 *
 * Options: -Dn=500 pairs, -Dwarm=800 pairs run first, -Drounds=5. No server may run on DATA_DIR.
 */
public class ConnectVariants {

    public static void main(String[] args) throws Exception {
        int n = Integer.getInteger("n", 500);
        int warm = Integer.getInteger("warm", 800);
        int rounds = Integer.getInteger("rounds", 5);
        var config = crmgraph.Config.fromEnvironment(Path.of(args[0]), Map.of());
        try (var store = crmgraph.graph.GraphStore.open(config)) {
            Driver driver = store.driver();
            List<String> ids = driver.executableQuery("MATCH (c:Concept) RETURN c.id AS id ORDER BY id")
                    .withConfig(store.reads())
                    .execute()
                    .records()
                    .stream()
                    .map(r -> r.get("id").asString())
                    .toList();
            List<String> queries = new ArrayList<>();
            for (int f = 1; f < args.length; f++) {
                queries.add(Files.readString(Path.of(args[f])));
            }
            List<String[]> pairs = pairs(ids, n, 7);
            for (String[] p : pairs(ids, warm, 1007)) {
                queries.forEach(q -> answer(driver, store.reads(), q, p));
            }
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            double[][] cpu = new double[queries.size()][rounds];
            List<Map<String, String>> answers = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                for (int f = 0; f < queries.size(); f++) {
                    Map<String, String> got = new HashMap<>();
                    long[] times = new long[n];
                    long cpu0 = os.getProcessCpuTime();
                    for (int i = 0; i < n; i++) {
                        long t = System.nanoTime();
                        got.put(pairs.get(i)[0] + " > " + pairs.get(i)[1], answer(driver, store.reads(), queries.get(f), pairs.get(i)));
                        times[i] = System.nanoTime() - t;
                    }
                    cpu[f][r] = (os.getProcessCpuTime() - cpu0) / 1e6 / n;
                    Arrays.sort(times);
                    System.out.printf("round %d %-30s p50 %5.1f p90 %5.1f p99 %5.1f ms, CPU %5.2f ms a request, load %.1f%n",
                            r, args[f + 1], times[n / 2] / 1e6, times[n * 9 / 10] / 1e6, times[n * 99 / 100] / 1e6,
                            cpu[f][r], os.getSystemLoadAverage());
                    if (r == 0) {
                        answers.add(got);
                    }
                }
            }
            for (int f = 0; f < queries.size(); f++) {
                Arrays.sort(cpu[f]);
                int differ = 0;
                for (var e : answers.get(0).entrySet()) {
                    differ += e.getValue().equals(answers.get(f).get(e.getKey())) ? 0 : 1;
                }
                System.out.printf("%-30s median CPU %.2f ms a request; %d of %d answers differ from %s%n",
                        args[f + 1], cpu[f][rounds / 2], differ, n, args[1]);
            }
        }
    }

    private static List<String[]> pairs(List<String> ids, int n, long seed) {
        Random random = new Random(seed);
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            pairs.add(new String[] {ids.get(random.nextInt(ids.size())), ids.get(random.nextInt(ids.size()))});
        }
        return pairs;
    }

    private static String answer(Driver driver, QueryConfig reads, String query, String[] pair) {
        return driver.executableQuery(query)
                .withParameters(Map.of("from", pair[0], "to", pair[1], "limit", 3))
                .withConfig(reads)
                .execute()
                .records()
                .get(0)
                .asMap()
                .toString();
    }
}
