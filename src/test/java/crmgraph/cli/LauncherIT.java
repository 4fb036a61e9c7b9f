package crmgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import crmgraph.Config;
import crmgraph.graph.GraphStats;
import crmgraph.graph.GraphStore;
import crmgraph.testing.Fixtures;
import crmgraph.testing.TestGraph;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code java -jar crmgraph.jar} as a student runs it: the command runs in a child JVM with a
 * class-data archive the first clean run leaves beside the jar, exit codes pass through, and a
 * killed launcher takes its child with it. Uses a copy of the packaged jar, so the archive is this test's own;
 * the run that writes it goes first, so the others start from it as a student's later runs do.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LauncherIT {

    private static Path jar;

    @BeforeAll
    static void copyJar() throws IOException {
        Path built = Path.of("target", "crmgraph.jar");
        assumeTrue(Files.isRegularFile(built), "the jar is built by mvn package, before integration tests");
        jar = TestGraph.newDataDir("launcher").resolve("crmgraph.jar");
        Files.copy(built, jar);
    }

    @Test
    @Order(1)
    void the_first_clean_run_leaves_a_class_archive_that_later_runs_use() throws Exception {
        Path data = TestGraph.newDataDir("launcher-data");
        Run imported = run("import", Fixtures.fixture("glossary.tsv").toString(), "--data", data.toString());
        assertThat(imported.code()).as(imported.output()).isZero();
        assertThat(imported.output()).contains("imported glossary.tsv");
        assertThat(archives()).hasSize(1);
        assertThat(leftovers()).isEmpty();

        Path out = data.resolveSibling("export.json");
        Run exported = run("export", "--data", data.toString(), "--out", out.toString());
        assertThat(exported.code()).as(exported.output()).isZero();
        assertThat(Files.readString(out)).contains("\"name\" : \"Churn\"");
        assertThat(archives()).hasSize(1);
    }

    @Test
    void a_usage_error_in_the_child_is_the_launchers_exit_code() throws Exception {
        Run run = run("import", "--layout", "sideways", "x.txt");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.output()).contains("'sideways' is not a layout");
    }

    @Test
    void killing_the_launcher_stops_the_serving_child_and_frees_the_store() throws Exception {
        Path data = TestGraph.newDataDir("launcher-serve");
        Path notes = TestGraph.newDataDir("launcher-notes");
        Files.copy(Fixtures.fixture("glossary.tsv"), notes.resolve("glossary.tsv"));
        Process launcher = start("serve", "--notes", notes.toString(), "--data", data.toString(), "--port", "0");
        awaitLine(launcher, "is serving at");
        List<ProcessHandle> children = launcher.toHandle().children().toList();
        assertThat(children).hasSize(1);

        launcher.destroyForcibly(); // SIGKILL: no shutdown hook of the launcher runs
        assertThat(children.get(0).onExit().get(60, TimeUnit.SECONDS).isAlive()).isFalse();
        try (GraphStore store = GraphStore.open(Config.fromEnvironment(data))) {
            assertThat(GraphStats.of(store).decks()).isEqualTo(1);
        }
    }

    @Test
    void a_server_run_from_the_jar_serves_its_static_files_and_keeps_its_class_archive_when_stopped() throws Exception {
        Path ownJar = TestGraph.newDataDir("launcher-stopped").resolve("crmgraph.jar");
        Files.copy(jar, ownJar);
        Path data = TestGraph.newDataDir("launcher-stopped-data");
        Path notes = TestGraph.newDataDir("launcher-stopped-notes");
        Files.copy(Fixtures.fixture("glossary.tsv"), notes.resolve("glossary.tsv"));
        Process launcher =
                start(ownJar, "serve", "--notes", notes.toString(), "--data", data.toString(), "--port", "0");
        String serving = awaitLine(launcher, "is serving at");
        String url = serving.substring(serving.indexOf("http://"), serving.indexOf('/', serving.indexOf("//") + 2));
        // Read from inside the jar (not a classes folder, as in the other web tests).
        assertThat(fetch(url + "/style.css")).contains("body");
        assertThat(fetch(url + "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js"))
                .contains("cytoscape");
        assertThat(status(url + "/no-such-file.css")).isEqualTo(404);

        launcher.destroy(); // SIGTERM, as a service manager stops a server
        assertThat(launcher.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(siblings(ownJar, ".jsa")).hasSize(1);
        assertThat(siblings(ownJar, ".tmp")).isEmpty();
    }

    private record Run(int code, String output) {}

    private static Run run(String... args) throws Exception {
        Process p = start(args);
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(p.exitValue(), output);
    }

    private static Process start(String... args) throws IOException {
        return start(jar, args);
    }

    private static Process start(Path jar, String... args) throws IOException {
        List<String> line = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        line.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
        builder.environment().remove("CRMGRAPH_RELAUNCH");
        builder.environment().remove("NEO4J_URI");
        return builder.start();
    }

    private static String fetch(String url) throws Exception {
        var response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }

    private static int status(String url) throws Exception {
        return java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static String awaitLine(Process p, String text) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            seen.add(line);
            if (line.contains(text)) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> {}));
                drain.setDaemon(true);
                drain.start();
                return line;
            }
        }
        throw new AssertionError("no line with '" + text + "' in " + seen);
    }

    private static List<Path> archives() throws IOException {
        return siblings(jar, ".jsa");
    }

    private static List<Path> leftovers() throws IOException {
        return siblings(jar, ".tmp");
    }

    private static List<Path> siblings(Path jar, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(jar.getParent())) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix))
                    .toList();
        }
    }
}
