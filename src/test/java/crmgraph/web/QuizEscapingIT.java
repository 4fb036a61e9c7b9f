package crmgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.app.App;
import crmgraph.quiz.QuizFixture;
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

/** Card text that looks like HTML or Cypher is shown as text on quiz pages. */
class QuizEscapingIT {

    private static Javalin app;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.ALWAYS).build();

    @BeforeAll
    static void start() {
        TestGraph.wipe();
        new QuizFixture()
                .define(
                        "Form vandal",
                        List.of(),
                        "Someone who pastes <script>alert('x')</script> into the comment field of a shop website and \"><img src=x onerror=alert(1)> into its search box too.")
                .define(
                        "Cypher joke",
                        List.of(),
                        "A note a form vandal leaves in a comment box, saying MATCH (n) DETACH DELETE n // to scare the administrator.")
                .writeTo(TestGraph.store());
        app = App.create(TestGraph.store()).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void html_in_a_definition_is_escaped_in_the_quiz_and_cypher_text_is_just_text() throws Exception {
        String base = "http://127.0.0.1:" + app.port();
        HttpResponse<String> page = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/quiz?concept=" + QuizFixture.id("Form vandal") + "&limit=5"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .doesNotContain("<script>alert")
                .doesNotContain("<img src=x")
                .contains("&lt;script&gt;");
        HttpResponse<String> cypher = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/quiz?concept=" + QuizFixture.id("Cypher joke")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        // Whichever item the definition gives (a keyword cloze may blank part of the statement), its text is shown as
        // text.
        assertThat(cypher.body()).contains("MATCH (n)");
        assertThat(TestGraph.store()
                        .driver()
                        .executableQuery("MATCH (c:Concept) RETURN count(c) AS n")
                        .execute()
                        .records()
                        .get(0)
                        .get("n")
                        .asInt())
                .isEqualTo(2);
    }
}
