package crmgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.testing.CliProcess;
import crmgraph.testing.TestGraph;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code serve --host 0.0.0.0} without CRMGRAPH_ADMIN_TOKEN: it warns, and web import is off even from this machine. */
class ExposedServeIT {

    private static final Pattern PORT = Pattern.compile("serving at http://\\S+:(\\d+)/");

    @Test
    void serving_beyond_loopback_without_a_token_warns_and_refuses_web_import() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(CliProcess.command(
                        "serve",
                        "--host",
                        "0.0.0.0",
                        "--port",
                        "0",
                        "--notes",
                        TestGraph.newDataDir("no-notes").resolve("absent").toString(),
                        "--data",
                        TestGraph.newDataDir("exposed").toString()))
                .redirectErrorStream(true);
        builder.environment().remove("CRMGRAPH_ADMIN_TOKEN");
        Process p = builder.start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            String port = null;
            while (port == null) {
                String line = out.readLine();
                if (line == null) {
                    break;
                }
                lines.add(line);
                Matcher m = PORT.matcher(line);
                port = m.find() ? m.group(1) : null;
            }
            assertThat(port).as(String.join("\n", lines)).isNotNull();
            assertThat(lines)
                    .anySatisfy(l -> assertThat(l)
                            .startsWith("crmgraph: warning: serving on 0.0.0.0")
                            .contains("CRMGRAPH_ADMIN_TOKEN")
                            .contains("importing through the web is off"));
            HttpResponse<String> form = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/import"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(form.statusCode()).isEqualTo(403);
            assertThat(form.body()).contains("CRMGRAPH_ADMIN_TOKEN").doesNotContain("name=\"text\"");
        } finally {
            p.destroy();
            p.waitFor(60, TimeUnit.SECONDS);
        }
    }
}
