package crmgraph.web;

import static crmgraph.web.WebData.deckId;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import crmgraph.Json;
import crmgraph.app.App;
import crmgraph.graph.DeckWriter;
import crmgraph.graph.Exporter;
import crmgraph.testing.TestGraph;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Cards the reader was unsure of, over HTTP: marked on the deck's page and in the API and export,
 * confirmed through the import gate (and still confirmed after a re-import of the same text), and
 * the import preview read again another way from the text it keeps.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UncertainCardsIT {

    private static final String SHOWN = "web-doubtful.txt";
    private static final String CONFIRMED = "web-doubtful-confirmed.txt";
    private static final String TOKEN = "web-doubtful-token.txt";

    private Javalin app;
    private Http http;

    @BeforeAll
    void start() {
        WebData.load(TestGraph.store());
        DeckWriter writer = new DeckWriter(TestGraph.store());
        for (String source : new String[] {SHOWN, CONFIRMED, TOKEN}) {
            writer.write(WebData.doubtful(source, 1));
        }
        app = App.create(TestGraph.store(), Optional.empty()).start("127.0.0.1", 0);
        http = Http.local(app.port());
    }

    @AfterAll
    void stop() {
        app.stop();
    }

    @Test
    void the_deck_page_marks_uncertain_cards_with_why_and_the_other_reading_and_offers_to_confirm_them() {
        String id = deckId(SHOWN);
        String html = http.get("/decks/" + id).body();
        assertThat(html)
                .contains(
                        "Parts of this deck may be misread",
                        "4 of 9 pairs read as well the other way round",
                        "--layout LAYOUT",
                        "answer-first",
                        "href=\"/import\"",
                        "layout <strong id=\"deck-layout\">term-first</strong> (found)");
        String sure = html.substring(html.indexOf("id=\"" + id + "-1\""), html.indexOf("id=\"" + id + "-2\""));
        assertThat(sure).doesNotContain("May be misread").doesNotContain("Confirm this reading");
        String brand = html.substring(html.indexOf("id=\"" + id + "-2\""), html.indexOf("id=\"" + id + "-3\""));
        assertThat(brand)
                .contains(
                        "May be misread:",
                        "the front reads as a definition and the back as its term",
                        "Other reading: <q>Brand promise</q> → <q>" + WebData.BRAND_PROMISE + "</q>",
                        "form=\"confirm-reading\" name=\"card\" value=\"" + id + "-2\"",
                        "Confirm this reading",
                        "Branding");
        String retention = html.substring(html.indexOf("id=\"" + id + "-3\""));
        assertThat(retention).contains(WebData.RETENTION_WHY).doesNotContain("Other reading");
        assertThat(html)
                .contains("<form id=\"confirm-reading\" class=\"confirm-reading\" action=\"/decks/" + id
                        + "/confirm\" method=\"post\">");

        JsonNode deck = http.json("/api/decks/" + id);
        assertThat(deck.get("layout").asText()).isEqualTo("term-first");
        assertThat(deck.get("options").toString()).isEqualTo("{\"layout\":\"auto\",\"skipLines\":0}");
        assertThat(deck.get("doubt").asText()).contains("other way round");
        JsonNode first = deck.get("cards").get(0);
        JsonNode second = deck.get("cards").get(1);
        assertThat(first.get("uncertain").asBoolean()).isFalse();
        assertThat(second.get("uncertain").asBoolean()).isTrue();
        assertThat(second.get("doubt").asText()).contains("back as its term");
        assertThat(second.get("otherFront").asText()).isEqualTo("Brand promise");
        assertThat(second.get("otherBack").asText()).isEqualTo(WebData.BRAND_PROMISE);
        assertThat(second.get("confirmed").asBoolean()).isFalse();
        assertThat(second.get("section").asText()).isEqualTo("Branding");
    }

    @Test
    void the_export_marks_uncertain_cards_and_gives_each_deck_its_layout() throws Exception {
        JsonNode export =
                Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(new Exporter(TestGraph.store()).export()));
        String id = deckId(SHOWN);
        JsonNode sure = card(export, id + "-1");
        JsonNode unsure = card(export, id + "-2");
        assertThat(sure.has("uncertain")).isFalse();
        assertThat(sure.has("doubt")).isFalse();
        assertThat(unsure.get("uncertain").asBoolean()).isTrue();
        assertThat(unsure.get("doubt").asText()).contains("back as its term");
        assertThat(unsure.get("otherFront").asText()).isEqualTo("Brand promise");
        for (JsonNode deck : export.get("decks")) {
            assertThat(deck.get("layout").asText()).as(deck.get("id").asText()).isNotBlank();
            if (deck.get("id").asText().equals(id)) {
                assertThat(deck.get("layout").asText()).isEqualTo("term-first");
                assertThat(deck.get("doubt").asText()).contains("other way round");
            }
        }
    }

    @Test
    void a_confirmed_reading_shows_as_confirmed_and_survives_a_reimport_while_the_card_text_is_the_same() {
        String id = deckId(CONFIRMED);
        HttpResponse<String> confirmed = http.form("/decks/" + id + "/confirm", Map.of("card", id + "-2"), Map.of());
        assertThat(confirmed.statusCode()).isEqualTo(303);
        assertThat(confirmed.headers().firstValue("Location")).hasValue("/decks/" + id + "#" + id + "-2");
        assertThat(http.form("/decks/" + id + "/confirm", Map.of("card", id + "-3"), Map.of())
                        .statusCode())
                .isEqualTo(303);
        assertThat(http.form("/decks/" + id + "/confirm", Map.of("card", id + "-1"), Map.of())
                        .statusCode())
                .isEqualTo(404);

        String html = http.get("/decks/" + id).body();
        String brand = html.substring(html.indexOf("id=\"" + id + "-2\""), html.indexOf("id=\"" + id + "-3\""));
        assertThat(brand).contains("May be misread:", "Reading confirmed.").doesNotContain("Confirm this reading");
        assertThat(html).contains("all are confirmed.");
        assertThat(http.json("/api/decks/" + id)
                        .get("cards")
                        .get(1)
                        .get("confirmed")
                        .asBoolean())
                .isTrue();

        new DeckWriter(TestGraph.store()).write(WebData.doubtful(CONFIRMED, 2));
        JsonNode cards = http.json("/api/decks/" + id).get("cards");
        JsonNode moved = cards.get(2);
        assertThat(moved.get("front").asText()).isEqualTo(WebData.BRAND_PROMISE);
        assertThat(moved.get("confirmed").asBoolean()).isTrue();
        JsonNode reworded = cards.get(3);
        assertThat(reworded.get("back").asText()).isEqualTo("Keeping customers over many years");
        assertThat(reworded.get("uncertain").asBoolean()).isTrue();
        assertThat(reworded.get("confirmed").asBoolean()).isFalse();
        assertThat(http.get("/decks/" + id).body())
                .contains("name=\"card\" value=\"" + id + "-4\"")
                .doesNotContain("name=\"card\" value=\"" + id + "-3\"");
    }

    @Test
    void a_confirmation_posted_from_another_site_is_refused() {
        String id = deckId(SHOWN);
        HttpResponse<String> r = http.form(
                "/decks/" + id + "/confirm", Map.of("card", id + "-2"), Map.of("Origin", "http://evil.example"));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("this site's own pages").doesNotContain("Exception");
        assertThat(http.json("/api/decks/" + id)
                        .get("cards")
                        .get(1)
                        .get("confirmed")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void with_an_admin_token_set_confirming_needs_the_token() {
        Javalin guarded =
                App.create(TestGraph.store(), Optional.of("s3cret-token")).start("127.0.0.1", 0);
        try {
            Http client = Http.local(guarded.port());
            String id = deckId(TOKEN);
            assertThat(client.get("/decks/" + id).body()).contains("<label for=\"confirm-token\">");
            assertThat(client.form("/decks/" + id + "/confirm", Map.of("card", id + "-2"), Map.of())
                            .statusCode())
                    .isEqualTo(401);
            assertThat(client.form("/decks/" + id + "/confirm", Map.of("card", id + "-2", "token", "guess"), Map.of())
                            .statusCode())
                    .isEqualTo(401);
            assertThat(client.form(
                                    "/decks/" + id + "/confirm",
                                    Map.of("card", id + "-2", "token", "s3cret-token"),
                                    Map.of())
                            .statusCode())
                    .isEqualTo(303);
            assertThat(client.json("/api/decks/" + id)
                            .get("cards")
                            .get(1)
                            .get("confirmed")
                            .asBoolean())
                    .isTrue();
        } finally {
            guarded.stop();
        }
    }

    @Test
    void previewing_again_reads_the_same_text_another_way_and_importing_remembers_that_reading() {
        String text = "Churn\tThe share of customers who stop buying in a period.\n"
                + "Touchpoint\tAny moment where a customer meets the brand.\n"
                + "Advocate\tA customer who recommends the brand to others.\n";
        HttpResponse<String> first = http.multipart(
                "/import/preview", Map.of("text", text, "name", "reread-notes.tsv"), null, null, Map.of());
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("<strong id=\"card-count\">3</strong>", "<option value=\"auto\" selected>");
        String pending = Http.pendingId(first.body());

        HttpResponse<String> again = http.form(
                "/import/preview", Map.of("pending", pending, "layout", "answer-first", "skipLines", "1"), Map.of());
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(Http.pendingId(again.body())).isEqualTo(pending);
        assertThat(again.body())
                .contains(
                        "<strong id=\"card-count\">2</strong>",
                        "<option value=\"answer-first\" selected>",
                        "name=\"skipLines\" type=\"number\" min=\"0\" max=\"1000\" step=\"1\" value=\"1\"",
                        "<input type=\"hidden\" name=\"layout\" value=\"answer-first\">",
                        "1 line skipped",
                        "Touchpoint")
                .doesNotContain("<option value=\"auto\" selected>");

        HttpResponse<String> bad = http.form(
                "/import/preview", Map.of("pending", pending, "layout", "sideways", "skipLines", "0"), Map.of());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("not a layout");

        HttpResponse<String> done =
                http.form("/import", Map.of("pending", pending, "layout", "answer-first", "skipLines", "1"), Map.of());
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("href=\"/decks/reread-notes-tsv\"", "2 cards", "1 line skipped");
        assertThat(http.json("/api/decks/reread-notes-tsv").get("options").toString())
                .isEqualTo("{\"layout\":\"answer-first\",\"skipLines\":1}");

        HttpResponse<String> remembered = http.multipart(
                "/import/preview", Map.of("text", text, "name", "reread-notes.tsv"), null, null, Map.of());
        assertThat(remembered.body())
                .contains("<strong id=\"card-count\">2</strong>", "<option value=\"answer-first\" selected>");
    }

    @Test
    void previewing_again_with_other_separators_cuts_the_same_text_into_other_cards_and_importing_remembers_them() {
        String text =
                "Churn - The share of customers who stop buying in a period.;Touchpoint - Any moment where a customer"
                        + " meets the brand.;Advocate - A customer who recommends the brand to others.";
        HttpResponse<String> first = http.multipart(
                "/import/preview", Map.of("text", text, "name", "web-quizlet.txt"), null, null, Map.of());
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body())
                .contains(
                        "<strong id=\"card-count\">3</strong>",
                        "term/definition dash, cards semicolon (found by the reader)",
                        "placeholder=\"found: dash\"",
                        "placeholder=\"found: semicolon\"",
                        "<label for=\"reread-separator\">Between term and definition",
                        "<label for=\"reread-card-separator\">Between cards");
        String pending = Http.pendingId(first.body());

        HttpResponse<String> perLine = http.form(
                "/import/preview",
                Map.of("pending", pending, "layout", "auto", "skipLines", "0", "separator", " - ", "cardSeparator", ""),
                Map.of());
        assertThat(perLine.statusCode()).isEqualTo(200);
        assertThat(Http.pendingId(perLine.body())).isEqualTo(pending);
        assertThat(perLine.body())
                .contains(
                        "<strong id=\"card-count\">1</strong>",
                        "term/definition dash, cards new line (as asked)",
                        "separators as asked",
                        "Touchpoint - Any moment",
                        "<input type=\"hidden\" name=\"cardSeparator\" value=\"new line\">");

        HttpResponse<String> again = http.form(
                "/import/preview",
                Map.of(
                        "pending",
                        pending,
                        "layout",
                        "auto",
                        "skipLines",
                        "0",
                        "separator",
                        " - ",
                        "cardSeparator",
                        "semicolon"),
                Map.of());
        assertThat(again.body())
                .contains(
                        "<strong id=\"card-count\">3</strong>",
                        "term/definition dash, cards semicolon (as asked)",
                        "<input type=\"hidden\" name=\"separator\" value=\"dash\">",
                        "<input type=\"hidden\" name=\"cardSeparator\" value=\"semicolon\">")
                .doesNotContain("Touchpoint - Any moment");

        HttpResponse<String> same = http.form(
                "/import/preview",
                Map.of("pending", pending, "separator", "semicolon", "cardSeparator", ";"),
                Map.of());
        assertThat(same.statusCode()).isEqualTo(400);
        assertThat(same.body()).contains("must differ from the one between cards");
        HttpResponse<String> cardsOnly = http.form(
                "/import/preview", Map.of("pending", pending, "separator", "", "cardSeparator", "semicolon"), Map.of());
        assertThat(cardsOnly.statusCode()).isEqualTo(400);
        assertThat(cardsOnly.body()).contains("give the separator between term and definition too");

        HttpResponse<String> done = http.form(
                "/import",
                Map.of(
                        "pending",
                        pending,
                        "layout",
                        "auto",
                        "skipLines",
                        "0",
                        "separator",
                        "dash",
                        "cardSeparator",
                        "semicolon"),
                Map.of());
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("href=\"/decks/web-quizlet-txt\"", "3 cards", "separators as asked");
        assertThat(http.json("/api/decks/web-quizlet-txt").get("options").toString())
                .isEqualTo("{\"layout\":\"auto\",\"skipLines\":0,\"separator\":\" - \",\"cardSeparator\":\";\"}");
        assertThat(http.get("/decks/web-quizlet-txt").body()).contains("(separators as you asked)");

        HttpResponse<String> remembered = http.multipart(
                "/import/preview", Map.of("text", text, "name", "web-quizlet.txt"), null, null, Map.of());
        assertThat(remembered.body())
                .contains(
                        "<strong id=\"card-count\">3</strong>",
                        "(as asked)",
                        "name=\"separator\" type=\"text\"",
                        "value=\"dash\"");
        HttpResponse<String> found = http.form(
                "/import/preview",
                Map.of("pending", Http.pendingId(remembered.body()), "separator", "auto", "cardSeparator", "new line"),
                Map.of());
        assertThat(found.body())
                .contains(
                        "<strong id=\"card-count\">3</strong>",
                        "(found by the reader)",
                        "<input type=\"hidden\" name=\"separator\" value=\"\">");
    }

    @Test
    void a_preview_that_expired_cannot_be_read_again() {
        HttpResponse<String> r =
                http.form("/import/preview", Map.of("pending", "0123456789abcdef", "layout", "auto"), Map.of());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("preview the text again");
    }

    private static JsonNode card(JsonNode export, String id) {
        for (JsonNode c : export.get("cards")) {
            if (c.get("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no card " + id);
    }
}
