package crmgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import crmgraph.Json;
import crmgraph.app.App;
import crmgraph.graph.ReviewStore;
import crmgraph.pipeline.ImportReport;
import crmgraph.pipeline.Pipeline;
import crmgraph.quiz.QuizFixture;
import crmgraph.testing.Fixtures;
import crmgraph.testing.TestGraph;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A class answering quiz items while decks are imported into the same graph: every answer the
 * server acknowledged as recorded is in the graph exactly once, under the learner who gave it.
 */
class ConcurrentLearnersIT {

    private static final int LEARNERS = 32;
    private static final int ANSWERS_EACH = 12;

    private static Javalin app;
    private static String base;
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @BeforeAll
    static void start() {
        TestGraph.wipe();
        QuizFixture.crm().writeTo(TestGraph.store());
        app = App.create(TestGraph.store()).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    /** What one learner's thread saw: its id, and how many answers the server said it recorded. */
    private record Outcome(String learner, int recorded, int answered) {}

    @Test
    void thirty_two_learners_answering_during_an_import_lose_and_double_no_review() throws Exception {
        List<String> items = itemIds();
        assertThat(items).hasSizeGreaterThan(5);
        List<String> cookies = new ArrayList<>();
        for (int i = 0; i < LEARNERS; i++) {
            cookies.add(signIn("Learner " + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(LEARNERS + 1);
        try {
            CountDownLatch go = new CountDownLatch(1);
            Future<ImportReport> importing = pool.submit(() -> {
                go.await();
                return Pipeline.importer(TestGraph.store())
                        .importPaths(List.of(
                                Fixtures.fixture("glossary.tsv"),
                                Fixtures.fixture("terms.md"),
                                Fixtures.fixture("notes.md")));
            });
            List<Future<Outcome>> learners = new ArrayList<>();
            for (int i = 0; i < LEARNERS; i++) {
                int n = i;
                learners.add(pool.submit(() -> answer(cookies.get(n), items, n, go)));
            }
            go.countDown();
            assertThat(importing.get(120, TimeUnit.SECONDS).failures()).isEmpty();
            ReviewStore reviews = new ReviewStore(TestGraph.store());
            int total = 0;
            for (Future<Outcome> f : learners) {
                Outcome o = f.get(120, TimeUnit.SECONDS);
                assertThat(o.answered())
                        .as("answers acknowledged for %s", o.learner())
                        .isEqualTo(ANSWERS_EACH);
                assertThat(o.recorded())
                        .as("answers recorded for %s", o.learner())
                        .isEqualTo(ANSWERS_EACH);
                assertThat(reviews.history(o.learner()))
                        .as("reviews stored for %s", o.learner())
                        .hasSize(ANSWERS_EACH);
                total += o.recorded();
            }
            assertThat(total).isEqualTo(LEARNERS * ANSWERS_EACH);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome answer(String cookie, List<String> items, int learner, CountDownLatch go) throws Exception {
        go.await();
        int recorded = 0;
        int answered = 0;
        for (int k = 0; k < ANSWERS_EACH; k++) {
            String item = items.get((learner + k) % items.size());
            HttpResponse<String> r = post(
                    "/api/quiz/items/" + item + "/answer",
                    "{\"answer\": \"guess " + k + "\", \"hint\": false}",
                    cookie);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            answered++;
            if (parse(r.body()).get("recorded").asBoolean()) {
                recorded++;
            }
        }
        return new Outcome(cookie.substring(cookie.indexOf('=') + 1), recorded, answered);
    }

    private static List<String> itemIds() throws Exception {
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/api/quiz/items?limit=40"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        parse(r.body()).forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private static String signIn(String name) throws Exception {
        HttpResponse<String> r = post("/api/learner", "{\"name\": \"" + name + "\"}", null);
        assertThat(r.statusCode()).isEqualTo(200);
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        return cookie.substring(0, cookie.indexOf(';'));
    }

    private static HttpResponse<String> post(String path, String json, String cookie)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode parse(String body) throws IOException {
        return Json.MAPPER.readTree(body);
    }
}
