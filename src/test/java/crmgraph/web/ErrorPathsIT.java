package crmgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.app.App;
import crmgraph.testing.TestGraph;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What clients get when they send nonsense: a 4xx with {@code {"error": …}} under /api and an
 * error page elsewhere, never a 5xx, a stack trace, a file path or a driver message.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorPathsIT {

    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|\\tat |org\\.neo4j|Neo\\.ClientError|com\\.fasterxml|/work/|target/|crmgraph\\.[a-z]+\\.[A-Z]|line: \\d+, column");

    private final HttpClient client = HttpClient.newHttpClient();
    private Javalin app;
    private String base;
    private String item;

    @BeforeAll
    void start() {
        WebData.load(TestGraph.store());
        app = App.create(TestGraph.store(), Optional.empty()).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
        item = Http.parse(send("GET", "/api/quiz/items?limit=1", null, null).body())
                .get(0)
                .get("id")
                .asText();
    }

    @AfterAll
    void stop() {
        app.stop();
    }

    @Test
    void bad_query_parameters_are_400_with_a_json_error() {
        for (String path : List.of(
                "/api/concepts?limit=-1",
                "/api/concepts?limit=0",
                "/api/concepts?limit=99999999999",
                "/api/concepts?limit=abc",
                "/api/concepts?limit=1e3",
                "/api/concepts/" + WebData.id("SERVQUAL") + "/graph?depth=-5",
                "/api/concepts/" + WebData.id("SERVQUAL") + "/graph?depth=banana",
                "/api/quiz/items?limit=abc",
                "/api/quiz/items?limit=99999999999",
                "/api/learner/due?limit=x")) {
            HttpResponse<String> r = send("GET", path, null, null);
            assertJsonError(path, r, 400);
        }
    }

    @Test
    void out_of_range_limits_are_400_naming_the_limit_and_its_range_never_clamped() {
        for (String path : List.of(
                "/api/quiz/items?limit=-7",
                "/api/quiz/items?limit=0",
                "/api/quiz/items?limit=1001",
                "/api/quiz/items?limit=2147483647",
                "/api/concepts?limit=1001")) {
            HttpResponse<String> r = send("GET", path, null, null);
            assertJsonError(path, r, 400);
            assertThat(Http.parse(r.body()).get("error").asText())
                    .as(path)
                    .isEqualTo("limit must be a whole number from 1 to 1000");
        }
        for (String path : List.of(
                "/quiz?concept=x&limit=-3",
                "/quiz?concept=x&limit=0",
                "/quiz?concept=x&limit=51",
                "/quiz?concept=x&limit=2147483647",
                "/quiz?limit=many")) {
            HttpResponse<String> r = send("GET", path, null, null);
            assertThat(r.statusCode()).as(path).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type").orElse(""))
                    .as(path)
                    .startsWith("text/html");
            assertThat(r.body())
                    .as(path)
                    .contains("limit must be a whole number from 1 to 50")
                    .doesNotContainPattern(INTERNALS);
        }
        String cookie = send("POST", "/api/learner", "application/json", "{\"name\": \"Ada\"}")
                .headers()
                .firstValue("Set-Cookie")
                .orElseThrow()
                .split(";")[0];
        for (String limit : List.of("0", "51", "-1")) {
            HttpResponse<String> r = send("GET", "/api/learner/due?limit=" + limit, null, null, cookie);
            assertJsonError("due " + limit, r, 400);
            assertThat(Http.parse(r.body()).get("error").asText())
                    .isEqualTo("limit must be a whole number from 1 to 50");
        }
        assertThat(send("GET", "/api/learner/due?limit=50", null, null, cookie).statusCode())
                .isEqualTo(200);
        assertThat(send("GET", "/?q=crm&limit=-1", null, null).statusCode())
                .as("the home page takes no limit")
                .isEqualTo(200);
    }

    @Test
    void bodies_of_the_right_shape_with_odd_values_are_taken_as_text_or_refused_without_internals() {
        // a number is read as the text of the answer; a hint that is no boolean is the client's error
        assertThat(send("POST", "/api/quiz/items/" + item + "/answer", "application/json", "{\"answer\": 12}")
                        .statusCode())
                .isEqualTo(200);
        assertJsonError(
                "hint",
                send(
                        "POST",
                        "/api/quiz/items/" + item + "/answer",
                        "application/json",
                        "{\"answer\": \"x\", \"hint\": \"maybe\"}"),
                400);
    }

    @Test
    void bodies_the_json_api_cannot_take_are_400_naming_the_shape_it_expects() {
        for (String body : List.of(
                "",
                "not json",
                "{\"answer\": ",
                "[1,2]",
                "{\"answer\": {\"nested\": 1}}",
                "null",
                "{\"hint\": true}")) {
            HttpResponse<String> r = send("POST", "/api/quiz/items/" + item + "/answer", "application/json", body);
            assertJsonError(body, r, 400);
            assertThat(Http.parse(r.body()).get("error").asText())
                    .as(body)
                    .isEqualTo("the body must be JSON like {\"answer\": \"\u2026\"}");
        }
        for (String body : List.of("", "not json", "[1,2]", "{\"name\": [1]}", "null")) {
            HttpResponse<String> r = send("POST", "/api/learner", "application/json", body);
            assertJsonError(body, r, 400);
            assertThat(Http.parse(r.body()).get("error").asText())
                    .as(body)
                    .isEqualTo("the body must be JSON like {\"name\": \"\u2026\"}");
        }
    }

    @Test
    void unknown_ids_are_404_everywhere() {
        for (String path :
                List.of("/api/concepts/no-such", "/api/concepts/no-such/graph", "/api/decks/no-such", "/api/nothing")) {
            assertJsonError(path, send("GET", path, null, null), 404);
        }
        assertJsonError(
                "item",
                send("POST", "/api/quiz/items/q-000000000000/answer", "application/json", "{\"answer\": \"x\"}"),
                404);
        for (String path : List.of(
                "/concepts/no-such",
                "/decks/no-such",
                "/nothing/here",
                "/quiz?concept=no-such",
                "/quiz/export?deck=no-such")) {
            HttpResponse<String> r = send("GET", path, null, null);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(r.body()).doesNotContainPattern(INTERNALS);
        }
    }

    @Test
    void wrong_methods_and_content_types_are_4xx_without_internals() {
        for (String[] call :
                new String[][] {{"DELETE", "/api/concepts"}, {"PUT", "/import"}, {"POST", "/api/concepts"}}) {
            HttpResponse<String> r = send(call[0], call[1], "text/plain", "x");
            assertThat(r.statusCode()).as(call[1]).isBetween(400, 499);
            assertThat(r.body()).doesNotContainPattern(INTERNALS);
        }
        HttpResponse<String> form =
                send("POST", "/api/quiz/items/" + item + "/answer", "application/x-www-form-urlencoded", "answer=x");
        assertThat(form.statusCode()).isBetween(400, 499);
        assertThat(form.body()).doesNotContainPattern(INTERNALS);
    }

    private static void assertJsonError(String what, HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(what + ": " + r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).as(what).startsWith("application/json");
        assertThat(Http.parse(r.body()).get("error").asText()).as(what).isNotBlank();
        assertThat(r.body()).as(what).doesNotContainPattern(INTERNALS);
    }

    private HttpResponse<String> send(String method, String path, String type, String body) {
        return send(method, path, type, body, null);
    }

    private HttpResponse<String> send(String method, String path, String type, String body, String cookie) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            b.header("Content-Type", type);
        }
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        try {
            return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
