package crmgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import crmgraph.Json;
import crmgraph.app.App;
import crmgraph.quiz.QuizFixture;
import crmgraph.testing.TestGraph;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QuizApiIT {

    private static Javalin app;
    private static String base;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

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

    private static HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String type, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return Json.MAPPER.readTree(r.body());
    }

    private static JsonNode items(String concept) throws Exception {
        HttpResponse<String> r = get("/api/quiz/items?concept=" + concept + "&limit=10");
        assertThat(r.statusCode()).isEqualTo(200);
        return json(r);
    }

    @Test
    void items_of_a_concept_come_as_json_without_their_answers() throws Exception {
        JsonNode items = items(QuizFixture.id("IDIC model"));
        // one item per list (IDIC's letters spell its order, so a lettered list cloze), then the parts' own items
        assertThat(items.size()).isEqualTo(6);
        for (JsonNode item : items) {
            assertThat(item.get("id").asText()).matches("[a-z]-[0-9a-f]{12}");
            assertThat(item.get("type").asText()).isIn("cloze", "list-cloze", "order", "choice");
            assertThat(item.get("prompt").asText()).isNotBlank();
            assertThat(item.get("concept").asText()).isNotBlank();
            assertThat(item.has("answer")).isFalse();
            assertThat(item.has("key")).isFalse();
        }
        JsonNode list = null;
        for (JsonNode item : items) {
            if (item.get("type").asText().equals("list-cloze")) {
                list = item;
            }
        }
        assertThat(list).isNotNull();
        assertThat(list.get("prompt").asText()).startsWith("IDIC model: I = ");
        assertThat(items.findValues("type"))
                .extracting(JsonNode::asText)
                .doesNotContain("order")
                .filteredOn("list-cloze"::equals)
                .hasSize(1);
        JsonNode listCloze = null;
        for (JsonNode item : items(QuizFixture.id("Interact"))) {
            if (item.get("type").asText().equals("list-cloze")) {
                listCloze = item;
            }
        }
        assertThat(listCloze).isNotNull();
        assertThat(listCloze.has("choices")).isFalse();
    }

    @Test
    void an_unknown_concept_or_item_is_a_404_with_an_error() throws Exception {
        HttpResponse<String> r = get("/api/quiz/items?concept=no-such-concept");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(json(r).get("error").asText()).contains("no-such-concept");
        HttpResponse<String> a =
                post("/api/quiz/items/t-000000000000/answer", "application/json", "{\"answer\": \"x\"}");
        assertThat(a.statusCode()).isEqualTo(404);
        assertThat(json(a).has("error")).isTrue();
    }

    @Test
    void posting_answers_says_whether_they_are_right_with_the_expected_answer_and_feedback() throws Exception {
        JsonNode items = items(QuizFixture.id("Customer relationship management"));
        String clozeId = null;
        for (JsonNode item : items) {
            if (item.get("prompt").asText().startsWith("____ is a business strategy")) {
                clozeId = item.get("id").asText();
            }
        }
        assertThat(clozeId).isNotNull();
        JsonNode right =
                json(post("/api/quiz/items/" + clozeId + "/answer", "application/json", "{\"answer\": \"crm\"}"));
        assertThat(right.get("correct").asBoolean()).isTrue();
        assertThat(right.get("expected").asText()).isEqualTo("Customer relationship management");
        assertThat(right.get("recorded").asBoolean()).isFalse();
        JsonNode wrong = json(
                post("/api/quiz/items/" + clozeId + "/answer", "application/json", "{\"answer\": \"Data mining\"}"));
        assertThat(wrong.get("correct").asBoolean()).isFalse();
        assertThat(wrong.get("feedback").asText()).contains("Expected");
        assertThat(wrong.get("link").asText())
                .isEqualTo("/concepts/" + QuizFixture.id("Customer relationship management"));
    }

    @Test
    void a_malformed_answer_body_is_a_400() throws Exception {
        String id = items(QuizFixture.id("Interact")).get(0).get("id").asText();
        HttpResponse<String> r = post("/api/quiz/items/" + id + "/answer", "application/json", "{\"nothing\": 1}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("error").asText()).contains("answer");
        assertThat(r.body()).doesNotContain("Exception");
    }

    @Test
    void a_learner_profile_lives_in_a_cookie_and_its_answers_are_recorded() throws Exception {
        assertThat(get("/api/learner").statusCode()).isEqualTo(400);
        HttpResponse<String> signIn = post("/api/learner", "application/json", "{\"name\": \"Grace\"}");
        assertThat(signIn.statusCode()).isEqualTo(200);
        String cookie = signIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith(LearnerCookie.NAME + "=l-grace-").contains("HttpOnly");
        String header = cookie.substring(0, cookie.indexOf(';'));
        assertThat(json(get("/api/learner", "Cookie", header)).get("name").asText())
                .isEqualTo("Grace");
        String id = items(QuizFixture.id("Interact")).get(0).get("id").asText();
        JsonNode answered = json(post(
                "/api/quiz/items/" + id + "/answer",
                "application/json",
                "{\"answer\": \"nope\", \"hint\": false}",
                "Cookie",
                header));
        assertThat(answered.get("recorded").asBoolean()).isTrue();
        assertThat(answered.get("grade").asText()).isEqualTo("again");
        HttpResponse<String> due = get("/api/learner/due", "Cookie", header);
        assertThat(due.statusCode()).isEqualTo(200);
        assertThat(json(due).isArray()).isTrue();
        assertThat(post("/api/learner", "application/json", "{\"name\": \"   \"}")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void a_learner_may_count_an_unknown_wrong_answer_as_right_but_never_another_concept() throws Exception {
        HttpResponse<String> signIn = post("/api/learner", "application/json", "{\"name\": \"Ada\"}");
        String cookie = signIn.headers().firstValue("Set-Cookie").orElseThrow();
        String header = cookie.substring(0, cookie.indexOf(';'));
        String learner = header.substring(header.indexOf('=') + 1);
        String id = null;
        for (JsonNode item : items(QuizFixture.id("Interact"))) {
            if (!item.get("type").asText().equals("choice")
                    && !item.get("type").asText().equals("order")) {
                id = item.get("id").asText();
                break;
            }
        }
        assertThat(id).isNotNull();
        String path = "/api/quiz/items/" + id;

        JsonNode wrong =
                json(post(path + "/answer", "application/json", "{\"answer\": \"two-way talk\"}", "Cookie", header));
        assertThat(wrong.get("correct").asBoolean()).isFalse();
        assertThat(wrong.get("overrulable").asBoolean()).isTrue();
        JsonNode counted =
                json(post(path + "/overrule", "application/json", "{\"answer\": \"two-way talk\"}", "Cookie", header));
        assertThat(counted.get("correct").asBoolean()).isTrue();
        assertThat(counted.get("grade").asText()).isEqualTo("good");
        assertThat(counted.get("recorded").asBoolean()).isTrue();
        assertThat(counted.get("feedback").asText()).contains("Counted as right");
        assertThat(new crmgraph.graph.ReviewStore(TestGraph.store()).history(learner))
                .filteredOn(r -> r.item().equals(q(path)))
                .extracting(crmgraph.graph.ReviewStore.Review::grade)
                .containsExactly(3);
        // the review is changed once: a second overrule finds no wrong answer left to change
        JsonNode again =
                json(post(path + "/overrule", "application/json", "{\"answer\": \"two-way talk\"}", "Cookie", header));
        assertThat(again.get("recorded").asBoolean()).isFalse();

        JsonNode sibling = json(post(path + "/answer", "application/json", "{\"answer\": \"Identify\"}"));
        assertThat(sibling.get("overrulable").asBoolean()).isFalse();
        HttpResponse<String> refused = post(path + "/overrule", "application/json", "{\"answer\": \"Identify\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).get("error").asText()).contains("cannot be counted as right");
    }

    private static String q(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    @Test
    void the_quiz_pages_work_with_plain_forms_and_redirects() throws Exception {
        HttpResponse<String> home = get("/quiz");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(home.body())
                .contains("IDIC model")
                .contains("/quiz?deck=" + QuizFixture.DECK)
                .doesNotContain("<script");

        HttpResponse<String> start = get("/quiz?concept=" + QuizFixture.id("IDIC model") + "&limit=3");
        assertThat(start.statusCode()).isEqualTo(303);
        String play = start.headers().firstValue("Location").orElseThrow();
        assertThat(play).startsWith("/quiz/play?items=");
        HttpResponse<String> page = get(play);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Item 1 of 3")
                .contains("IDIC model: I = ")
                .contains("autofocus")
                .contains("method=\"post\"");

        String items = play.substring(play.indexOf("items=") + 6, play.indexOf("&"));
        HttpResponse<String> answered = post(
                "/quiz/answer",
                "application/x-www-form-urlencoded",
                "items=" + URLEncoder.encode(items, StandardCharsets.UTF_8) + "&n=0&r=&hinted=0&answer=Segment");
        assertThat(answered.statusCode()).isEqualTo(303);
        String next = answered.headers().firstValue("Location").orElseThrow();
        assertThat(next).contains("n=1").contains("r=w");
        HttpResponse<String> second = get(next);
        assertThat(second.body()).contains("Not quite").contains("Item 2 of 3");
        HttpResponse<String> hint = get(next + "&h=1");
        assertThat(hint.body()).contains("id=\"hint\"").contains("name=\"hinted\" value=\"1\"");

        HttpResponse<String> clicked = post(
                "/quiz/answer",
                "application/x-www-form-urlencoded",
                "items=" + URLEncoder.encode(items, StandardCharsets.UTF_8)
                        + "&n=1&r=w&hinted=0&answer=&answer=Identify");
        assertThat(clicked.headers().firstValue("Location").orElseThrow()).contains("&a=Identify");

        HttpResponse<String> end = get("/quiz/play?items=" + items + "&n=3&r=wch");
        assertThat(end.body()).contains("2 of 3 right").contains("What to review");
        assertThat(get("/quiz/play?items=garbage&n=0&r=").statusCode()).isEqualTo(400);
    }

    @Test
    void a_deck_downloads_as_an_anki_cloze_file() throws Exception {
        HttpResponse<String> r = get("/quiz/export?deck=" + QuizFixture.DECK);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(r.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        assertThat(r.body())
                .startsWith("#separator:tab")
                .contains("#notetype:Cloze")
                .contains("{{c1::");
        assertThat(get("/quiz/export?deck=nope").statusCode()).isEqualTo(404);
    }
}
