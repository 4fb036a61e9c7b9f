package crmgraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.graph.GraphStore;
import crmgraph.pipeline.Pipeline;
import crmgraph.testing.Fixtures;
import crmgraph.testing.TestGraph;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The served application end to end: files imported through the pipeline, pages over HTTP. */
class AppIT {

    private static Javalin app;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        TestGraph.wipe();
        GraphStore store = TestGraph.store();
        Pipeline.importer(store).importPaths(List.of(Fixtures.fixture("glossary.tsv")));
        app = App.create(store).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void the_home_page_lists_the_imported_concepts() throws Exception {
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(home.body()).contains("Churn", "Touchpoint", "Customer Lifetime Value");
    }

    @Test
    void an_unknown_path_is_a_json_404_without_internals() throws Exception {
        HttpResponse<String> missing = get("/api/nothing-here");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("\"error\"").doesNotContain("Exception", "at crmgraph");
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
