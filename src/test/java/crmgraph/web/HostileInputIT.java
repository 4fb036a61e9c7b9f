package crmgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import crmgraph.app.App;
import crmgraph.graph.GraphStats;
import crmgraph.testing.BadDecks;
import crmgraph.testing.TestGraph;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Hostile text through every entry point: a deck imported through the web whose name and terms
 * look like Cypher, JSON, templates and markup, then the same strings as search terms, concept,
 * deck and quiz item ids, answers and learner names. The graph stays as it was, every answer is a
 * clean 2xx or 4xx with escaped output, and no page carries inline script or style.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIT {

    static final List<String> HOSTILE = List.of(
            BadDecks.HOSTILE_TERM,
            "'}) MATCH (n) DETACH DELETE n //",
            "\" OR 1=1 --",
            "`x`",
            "{name: 'x'}",
            "{{c1::x}}",
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "$param",
            "\\u0027",
            "Ω≈ç√ 🎉 \u202Eevil",
            "a/../../etc/passwd",
            "%00",
            "CALL db.clearQueryCaches()",
            "x".repeat(5_000));
    private static final String DECK_NAME = "Robert'); MATCH (n) DETACH DELETE n --{{c1::x}}`b`<i>.tsv";
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|\\tat |org\\.neo4j|org\\.eclipse|Neo\\.ClientError|/work/|crmgraph\\.[a-z]+\\.[A-Z]|Powered by");
    private static final Pattern INLINE_SCRIPT =
            Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_HANDLER =
            Pattern.compile("<[^>]+\\s(on[a-z]+|style)\\s*=", Pattern.CASE_INSENSITIVE);

    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private Javalin app;
    private String base;
    private GraphStats before;

    @BeforeAll
    void start() {
        TestGraph.wipe();
        app = App.create(TestGraph.store(), Optional.empty()).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
        Http http = Http.local(app.port());
        StringBuilder deck = new StringBuilder();
        for (String term : BadDecks.HOSTILE_TERMS) {
            deck.append(term)
                    .append('\t')
                    .append("Plain text that mentions ")
                    .append(term)
                    .append(" and customer loyalty.\n");
        }
        // hostile names give no quiz items (names in code or markup are no concepts to ask), so one
        // well-formed card gives the item the hostile answers are sent to
        deck.append(
                "Repeat purchase rate\tThe share of buyers who come back to buy again from the same firm within a year.\n");
        HttpResponse<String> preview = http.multipart(
                "/import/preview",
                Map.of("text", "", "name", ""),
                DECK_NAME,
                deck.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Map.of());
        assertThat(preview.statusCode()).isEqualTo(200);
        HttpResponse<String> done = http.form("/import", Map.of("pending", Http.pendingId(preview.body())), Map.of());
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertClean("/import", done);
        before = GraphStats.of(TestGraph.store());
        assertThat(before.cards()).isEqualTo(BadDecks.HOSTILE_TERMS.length + 1);
    }

    @AfterAll
    void stop() {
        app.stop();
    }

    @Test
    void hostile_names_are_stored_verbatim_and_found_as_text() {
        JsonNode found = Http.parse(
                get("/api/concepts?q=" + Http.q("UNION MATCH") + "&limit=10").body());
        List<String> names = new ArrayList<>();
        found.forEach(c -> names.add(c.get("name").asText()));
        assertThat(names).contains("RETURN 1 UNION MATCH");
        JsonNode decks = Http.parse(get("/api/decks").body());
        assertThat(decks.get(0).get("source").asText()).isEqualTo(DECK_NAME);
        List<String> fronts = new ArrayList<>();
        Http.parse(get("/api/decks/" + decks.get(0).get("id").asText()).body())
                .get("cards")
                .forEach(c -> fronts.add(c.get("front").asText()));
        assertThat(fronts).contains(BadDecks.HOSTILE_TERM, BadDecks.HOSTILE_TERMS[1], BadDecks.HOSTILE_TERMS[2]);
        String deckPage = get("/decks/" + decks.get(0).get("id").asText()).body();
        assertThat(deckPage)
                .contains("`backtick` {brace}", "quoted", "&lt;i&gt;")
                .doesNotContain("<i>.tsv");
    }

    @Test
    void hostile_text_in_every_read_entry_point_is_a_clean_answer_and_changes_nothing() {
        for (String h : HOSTILE) {
            String q = Http.q(h);
            String p = q.replace("+", "%20");
            for (String path : List.of(
                    "/api/concepts?q=" + q,
                    "/?q=" + q,
                    "/concepts/" + p,
                    "/api/concepts/" + p,
                    "/api/concepts/" + p + "/graph",
                    "/decks/" + p,
                    "/api/decks/" + p,
                    "/api/quiz/items?concept=" + q,
                    "/api/quiz/items?deck=" + q,
                    "/quiz?concept=" + q,
                    "/quiz?deck=" + q,
                    "/quiz/play?items=" + q + "&n=" + q,
                    "/graph?concept=" + q)) {
                assertClean(path, get(path));
            }
        }
        assertGraphUnchanged();
    }

    @Test
    void hostile_answers_item_ids_and_learner_names_are_clean_answers_and_names_are_shown_escaped() {
        String item = Http.parse(get("/api/quiz/items?limit=1").body())
                .get(0)
                .get("id")
                .asText();
        for (String h : HOSTILE) {
            String body = json(Map.of("answer", h));
            assertClean("answer " + h, post("/api/quiz/items/" + item + "/answer", "application/json", body, null));
            HttpResponse<String> unknown = post(
                    "/api/quiz/items/" + Http.q(h).replace("+", "%20") + "/answer", "application/json", body, null);
            assertThat(unknown.statusCode()).as(h).isBetween(400, 404);
            assertClean("unknown item " + h, unknown);
            assertClean(
                    "form answer " + h,
                    post(
                            "/quiz/answer",
                            "application/x-www-form-urlencoded",
                            "items=" + Http.q(h) + "&n=0&answer=" + Http.q(h),
                            null));
            HttpResponse<String> signIn = post("/api/learner", "application/json", json(Map.of("name", h)), null);
            assertClean("learner " + h, signIn);
            if (signIn.statusCode() == 200) {
                String cookie =
                        signIn.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
                HttpResponse<String> home = send(HttpRequest.newBuilder(URI.create(base + "/quiz"))
                        .header("Cookie", cookie)
                        .GET()
                        .build());
                assertClean("quiz home as " + h, home);
                assertThat(Http.parse(send(HttpRequest.newBuilder(URI.create(base + "/api/learner"))
                                                .header("Cookie", cookie)
                                                .GET()
                                                .build())
                                        .body())
                                .get("name")
                                .asText())
                        .isEqualTo(h.strip());
            }
        }
        assertGraphUnchanged();
    }

    @Test
    void every_page_carries_the_policy_and_no_inline_script_style_or_handler() {
        String concept =
                Http.parse(get("/api/concepts?limit=1").body()).get(0).get("id").asText();
        String deck = Http.parse(get("/api/decks").body()).get(0).get("id").asText();
        HttpResponse<String> quiz = get("/quiz?concept=" + concept);
        String play = quiz.headers().firstValue("Location").orElse("/quiz");
        for (String path : List.of(
                "/",
                "/?q=loyalty",
                "/concepts/" + concept,
                "/graph",
                "/graph?concept=" + concept,
                "/decks",
                "/decks/" + deck,
                "/import",
                "/quiz",
                play,
                "/no/such/page",
                "/concepts/none",
                "/api/concepts",
                "/api/nothing")) {
            HttpResponse<String> r = get(path);
            assertClean(path, r);
            assertThat(r.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(csp -> assertThat(csp)
                            .contains("script-src 'self'", "style-src 'self'")
                            .doesNotContain("unsafe"));
        }
    }

    /** No 5xx, no internals, the security headers, and no live markup from the hostile strings. */
    private static void assertClean(String what, HttpResponse<String> r) {
        assertThat(r.statusCode()).as(what).isLessThan(500);
        assertThat(r.body()).as(what).doesNotContainPattern(INTERNALS);
        assertThat(r.headers().firstValue("Content-Security-Policy")).as(what).isPresent();
        assertThat(r.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        if (r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
            assertThat(r.body())
                    .as(what)
                    .doesNotContain("<script>alert", "<img src=x", "<i>.tsv")
                    .doesNotContainPattern(INLINE_SCRIPT)
                    .doesNotContainPattern(INLINE_HANDLER);
        }
    }

    private void assertGraphUnchanged() {
        GraphStats now = GraphStats.of(TestGraph.store());
        assertThat(List.of(now.decks(), now.cards(), now.concepts(), now.relations()))
                .isEqualTo(List.of(before.decks(), before.cards(), before.concepts(), before.relations()));
    }

    private static String json(Map<String, String> body) {
        try {
            return crmgraph.Json.MAPPER.writeValueAsString(body);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    private HttpResponse<String> post(String path, String type, String body, String cookie) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return send(b.build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
