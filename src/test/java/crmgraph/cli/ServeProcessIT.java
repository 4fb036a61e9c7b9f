package crmgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.testing.CliProcess;
import crmgraph.testing.Fixtures;
import crmgraph.testing.TestGraph;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code serve} as a real process: prints its URL, serves the notes, stops cleanly on SIGTERM, keeps its data. */
class ServeProcessIT {

    private static final Pattern URL = Pattern.compile("serving at (http://\\S+/)");

    @Test
    void serve_survives_a_sigterm_and_restarts_without_reimporting_unchanged_notes() throws Exception {
        Path notes = TestGraph.newDataDir("notes");
        Files.copy(Fixtures.fixture("glossary.tsv"), notes.resolve("glossary.tsv"));
        Path data = TestGraph.newDataDir("serve");

        Served first = serve(notes, data);
        assertThat(first.output).anyMatch(l -> l.startsWith("imported glossary.tsv"));
        assertThat(get(first.url)).contains("Churn", "Touchpoint");
        first.stop();

        Served second = serve(notes, data);
        assertThat(second.output).anyMatch(l -> l.equals("unchanged glossary.tsv (skipped)"));
        assertThat(get(second.url)).contains("Churn", "Touchpoint");
        second.stop();
    }

    private record Served(Process process, String url, List<String> output) {

        void stop() throws InterruptedException {
            process.destroy(); // SIGTERM
            assertThat(process.waitFor(60, TimeUnit.SECONDS))
                    .as("serve stops after SIGTERM")
                    .isTrue();
        }
    }

    private static Served serve(Path notes, Path data) throws IOException {
        Process p = new ProcessBuilder(CliProcess.command(
                        "serve", "--notes", notes.toString(), "--data", data.toString(), "--port", "0"))
                .redirectErrorStream(true)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            lines.add(line);
            Matcher m = URL.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> {}));
                drain.setDaemon(true);
                drain.start();
                return new Served(p, m.group(1), lines);
            }
        }
        throw new AssertionError("serve ended without printing its URL: " + lines);
    }

    private static String get(String url) throws Exception {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
