package crmgraph.web;

import static crmgraph.web.WebData.deckId;
import static crmgraph.web.WebData.id;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import crmgraph.app.App;
import crmgraph.graph.GraphStats;
import crmgraph.testing.TestGraph;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Every page and API route over HTTP, against the explorer's test graph. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebIT {

    private Javalin app;
    private Http http;

    @BeforeAll
    void start() {
        WebData.load(TestGraph.store());
        app = App.create(TestGraph.store(), Optional.empty()).start("127.0.0.1", 0);
        http = Http.local(app.port());
    }

    @AfterAll
    void stop() {
        app.stop();
    }

    private String page(String path) {
        HttpResponse<String> r = http.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type"))
                .as(path)
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        return r.body();
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }

    @Test
    void home_shows_the_search_the_models_in_order_the_decks_and_the_counts() {
        String html = page("/");
        assertThat(html).contains("<label for=\"q\">", "name=\"q\"");
        String idic = html.substring(html.indexOf("href=\"/concepts/idic-model\""));
        assertThat(idic.indexOf("Identify")).isLessThan(idic.indexOf("Differentiate"));
        assertThat(idic.indexOf("Differentiate")).isLessThan(idic.indexOf("Interact"));
        assertThat(idic.indexOf("Interact")).isLessThan(idic.indexOf("Customize"));
        assertThat(html).contains("href=\"/decks/" + deckId(WebData.GLOSSARY) + "\"", "Structure notes");
        GraphStats stats = GraphStats.of(TestGraph.store());
        assertThat(html).contains("<strong>" + stats.concepts() + "</strong> concepts");
    }

    @Test
    void every_page_forbids_inline_scripts() {
        for (String path : List.of("/", "/concepts/idic-model", "/graph", "/decks", "/import", "/api/decks")) {
            String csp = http.get(path)
                    .headers()
                    .firstValue("Content-Security-Policy")
                    .orElse("");
            assertThat(csp)
                    .as(path)
                    .contains("script-src 'self'")
                    .doesNotContain("unsafe-inline")
                    .doesNotContain("http");
        }
    }

    @Test
    void searching_tolerates_typos_and_prefixes_and_finds_acronyms() {
        assertThat(page("/?q=servqal")).contains("href=\"/concepts/servqual\"");
        assertThat(page("/?q=crm")).contains("href=\"/concepts/" + id("Customer relationship management") + "\"");
        assertThat(ids(http.json("/api/concepts?q=servqal")).get(0)).isEqualTo("servqual");
        assertThat(ids(http.json("/api/concepts?q=servq")).get(0)).isEqualTo("servqual");
        assertThat(ids(http.json("/api/concepts?q=crm"))).contains(id("Customer relationship management"));
        assertThat(ids(http.json("/api/concepts?q=" + Http.q("lifetime value"))).get(0))
                .isEqualTo(id("Customer lifetime value"));
        assertThat(page("/?q=" + Http.q("zzzzqqq"))).contains("No concept matches");
    }

    @Test
    void the_concept_list_api_lists_by_name_with_limits() {
        JsonNode all = http.json("/api/concepts");
        List<String> names = new ArrayList<>();
        all.forEach(n -> names.add(n.get("name").asText().toLowerCase()));
        assertThat(names).isSorted().hasSizeGreaterThan(10);
        JsonNode first = all.get(0);
        assertThat(first.has("id")
                        && first.has("name")
                        && first.get("aliases").isArray()
                        && first.get("definitions").isInt())
                .isTrue();
        assertThat(http.json("/api/concepts?limit=2")).hasSize(2);
        assertThat(http.json("/api/concepts?limit=1000").size()).isEqualTo(all.size());
        for (String bad : List.of("/api/concepts?limit=0", "/api/concepts?limit=1001", "/api/concepts?limit=many")) {
            HttpResponse<String> r = http.get(bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(Http.parse(r.body()).get("error").asText()).contains("limit");
        }
    }

    @Test
    void a_concept_page_shows_definitions_with_sources_parts_in_order_and_a_quiz_link() {
        String html = page("/concepts/idic-model");
        assertThat(html)
                .contains(
                        "<h1>IDIC model</h1>",
                        "Also called: IDIC",
                        "href=\"/quiz?concept=idic-model\"",
                        "Four steps for building one-to-one relationships",
                        "<svg");
        assertThat(html).containsPattern("href=\"/decks/web-models-md#web-models-md-\\d+\">card \\d+, line \\d+");
        String parts = html.substring(html.indexOf("id=\"parts\""), html.indexOf("id=\"kinds\""));
        assertThat(parts)
                .containsSubsequence(
                        "value=\"1\"",
                        "Identify",
                        "value=\"2\"",
                        "Differentiate",
                        "value=\"3\"",
                        "Interact",
                        "value=\"4\"",
                        "Customize");
        assertThat(page("/concepts/operational-crm"))
                .contains("a kind of <a href=\"/concepts/customer-relationship-management\"");
        assertThat(page("/concepts/customer-relationship-management"))
                .contains("Operational CRM", "Analytical CRM", "Also called: CRM");
        String identify = page("/concepts/identify");
        assertThat(identify)
                .contains(
                        "a part of <a href=\"/concepts/idic-model\"",
                        "href=\"/concepts/touchpoint\"",
                        "mentioned in the definition",
                        "Structure notes, card 1");
    }

    @Test
    void the_concept_api_gives_definitions_parts_kinds_parents_and_related() {
        JsonNode idic = http.json("/api/concepts/idic-model");
        assertThat(idic.get("name").asText()).isEqualTo("IDIC model");
        assertThat(idic.get("aliases").get(0).asText()).isEqualTo("IDIC");
        JsonNode def = idic.get("definitions").get(0);
        assertThat(def.get("text").asText()).startsWith("Four steps");
        assertThat(def.get("deck").asText()).isEqualTo(deckId(WebData.MODELS));
        assertThat(def.get("card").asText()).startsWith(deckId(WebData.MODELS) + "-");
        assertThat(def.get("line").asInt()).isPositive();
        assertThat(ids(idic.get("parts"))).containsExactly("identify", "differentiate", "interact", "customize");
        assertThat(idic.get("parts").get(3).get("order").asInt()).isEqualTo(4);
        assertThat(ids(http.json("/api/concepts/customer-relationship-management")
                        .get("kinds")))
                .containsExactlyInAnyOrder("operational-crm", "analytical-crm");
        JsonNode identify = http.json("/api/concepts/identify");
        assertThat(ids(identify.get("parents"))).containsExactly("idic-model");
        assertThat(identify.get("related").get(0).get("reason").asText()).isEqualTo("mentioned in the definition");
        assertThat(ids(http.json("/api/concepts/operational-crm").get("parents")))
                .containsExactly("customer-relationship-management");
    }

    @Test
    void the_graph_api_gives_a_neighbourhood_filtered_by_depth_type_and_deck() {
        JsonNode one = http.json("/api/concepts/idic-model/graph?depth=1");
        assertThat(ids(one.get("nodes")))
                .containsExactlyInAnyOrder("idic-model", "identify", "differentiate", "interact", "customize");
        assertThat(one.get("edges")).hasSize(4);
        JsonNode edge = one.get("edges").get(0);
        assertThat(edge.get("source").asText()).isEqualTo("idic-model");
        assertThat(edge.get("type").asText()).isEqualTo("HAS_PART");
        JsonNode two = http.json("/api/concepts/identify/graph?depth=2");
        assertThat(ids(two.get("nodes"))).contains("differentiate", "touchpoint", "idic-model");
        JsonNode kinds = http.json("/api/concepts/customer-relationship-management/graph?types=IS_A");
        assertThat(ids(kinds.get("nodes")))
                .containsExactlyInAnyOrder("customer-relationship-management", "operational-crm", "analytical-crm");
        JsonNode parts = http.json("/api/concepts/identify/graph?types=HAS_PART");
        assertThat(ids(parts.get("nodes"))).containsExactlyInAnyOrder("identify", "idic-model");
        JsonNode otherDeck = http.json("/api/concepts/idic-model/graph?deck=" + deckId(WebData.GLOSSARY));
        assertThat(ids(otherDeck.get("nodes"))).containsExactly("idic-model");
        for (String bad :
                List.of("/api/concepts/idic-model/graph?depth=3", "/api/concepts/idic-model/graph?types=LIKES")) {
            assertThat(http.get(bad).statusCode()).as(bad).isEqualTo(400);
        }
    }

    @Test
    void the_graph_page_loads_cytoscape_from_the_webjar_and_its_own_script() {
        String html = page("/graph?focus=idic-model&depth=2");
        assertThat(html)
                .contains(
                        "data-focus=\"idic-model\"",
                        "data-depth=\"2\"",
                        "src=\"/webjars/cytoscape/3.33.1/dist/cytoscape.min.js\"",
                        "src=\"/graph.js\"",
                        "<label for=\"graph-depth\">",
                        "href=\"/concepts/customize\"");
        assertThat(html).doesNotContain("<script>");
        assertThat(page("/graph?q=servqal")).contains("data-focus=\"servqual\"");
        assertThat(page("/graph")).contains("data-focus=\"");
        for (String asset : List.of("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js", "/graph.js")) {
            HttpResponse<String> r = http.get(asset);
            assertThat(r.statusCode()).as(asset).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse(""))
                    .as(asset)
                    .contains("javascript");
        }
        assertThat(http.get("/style.css").headers().firstValue("Content-Type").orElse(""))
                .contains("text/css");
        HttpResponse<String> missing = http.get("/graph?focus=nothing-here");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("No concept has the id “nothing-here”");
    }

    @Test
    void the_decks_page_and_api_list_every_deck() {
        String html = page("/decks");
        JsonNode decks = http.json("/api/decks");
        assertThat(decks.size()).isGreaterThanOrEqualTo(3);
        for (JsonNode d : decks) {
            assertThat(html).contains("href=\"/decks/" + d.get("id").asText() + "\"");
            assertThat(d.get("cards").asInt()).isPositive();
            assertThat(d.has("name") && d.has("source") && d.has("format")).isTrue();
        }
        assertThat(ids(decks)).contains(deckId(WebData.STRUCTURE), deckId(WebData.GLOSSARY), deckId(WebData.MODELS));
    }

    @Test
    void a_deck_page_shows_cards_in_order_what_came_of_them_and_the_dropped_lines() {
        String html = page("/decks/" + deckId(WebData.STRUCTURE));
        assertThat(html)
                .containsSubsequence(
                        "id=\"web-structure-txt-1\"",
                        "four steps of the IDIC model",
                        "href=\"/concepts/customize\"",
                        "id=\"web-structure-txt-2\"",
                        "href=\"/concepts/operational-crm\"",
                        "id=\"web-structure-txt-3\"");
        assertThat(html)
                .containsSubsequence(
                        "Page furniture (2)",
                        "Structure notes, page 1",
                        "How well did you know this?",
                        "Could not be placed (1)",
                        "a stray line without an answer");
        JsonNode deck = http.json("/api/decks/" + deckId(WebData.STRUCTURE));
        assertThat(deck.get("cards")).hasSize(4);
        assertThat(deck.get("cards").get(0).get("ordinal").asInt()).isEqualTo(1);
        assertThat(ids(deck.get("cards").get(0).get("about"))).contains("idic-model", "customize");
        assertThat(deck.get("dropped")).hasSize(3);
        assertThat(deck.get("dropped").get(2).get("kind").asText()).isEqualTo("unplaced");
        JsonNode models = http.json("/api/decks/" + deckId(WebData.MODELS));
        assertThat(models.get("cards").get(0).get("defines").get(0).get("id").asText())
                .isEqualTo("idic-model");
    }

    @Test
    void unknown_ids_give_404_without_internals() {
        for (String path : List.of(
                "/api/concepts/no-such-thing",
                "/api/concepts/no-such-thing/graph",
                "/api/decks/no-such-deck",
                "/api/nothing")) {
            HttpResponse<String> r = http.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
            assertThat(Http.parse(r.body()).get("error").asText()).isNotBlank();
        }
        for (String path : List.of("/concepts/no-such-thing", "/decks/no-such-deck", "/nowhere")) {
            HttpResponse<String> r = http.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.body())
                    .contains("Not found")
                    .doesNotContain("Exception")
                    .doesNotContain("at crmgraph.");
        }
    }

    @Test
    void card_text_that_looks_like_html_or_cypher_is_shown_as_text_and_stored_as_given() {
        long conceptsBefore = GraphStats.of(TestGraph.store()).concepts();
        String html = page("/decks/" + deckId(WebData.STRUCTURE));
        assertThat(html)
                .contains("&lt;script&gt;alert(", "&lt;img src=x onerror=alert(1)&gt;", "MATCH (n) DETACH DELETE n")
                .doesNotContain("<script>alert")
                .doesNotContain("<img src=x");
        JsonNode card = http.json("/api/decks/" + deckId(WebData.STRUCTURE))
                .get("cards")
                .get(3);
        assertThat(card.get("front").asText()).isEqualTo(WebData.XSS_FRONT);
        assertThat(card.get("back").asText()).isEqualTo(WebData.XSS_BACK);
        JsonNode concept = http.json("/api/concepts/" + id(WebData.XSS_FRONT));
        assertThat(concept.get("name").asText()).isEqualTo(WebData.XSS_FRONT);
        assertThat(concept.get("definitions").get(0).get("text").asText()).isEqualTo(WebData.XSS_BACK);
        assertThat(ids(http.json("/api/concepts?q=" + Http.q("pwned")))).contains(id(WebData.XSS_FRONT));
        for (String path : List.of(
                "/",
                "/concepts/" + id(WebData.XSS_FRONT),
                "/decks/" + deckId(WebData.GLOSSARY),
                "/?q=" + Http.q("\"><script>alert(1)</script>"),
                "/graph?q=" + Http.q("<script>x</script>"))) {
            assertThat(http.get(path).body())
                    .as(path)
                    .doesNotContain("<script>alert")
                    .doesNotContain("<img src=x")
                    .doesNotContain("<script>x");
        }
        assertThat(http.get("/api/concepts?q=" + Http.q("MATCH (n) DETACH DELETE n) OR name:*"))
                        .statusCode())
                .isEqualTo(200);
        assertThat(GraphStats.of(TestGraph.store()).concepts()).isEqualTo(conceptsBefore);
    }

    @Test
    void pasted_markup_is_previewed_as_text() {
        HttpResponse<String> preview = http.multipart(
                "/import/preview",
                Map.of("text", WebData.XSS_FRONT + "\t" + WebData.XSS_BACK + "\n", "name", "<b>odd.tsv"),
                null,
                null,
                Map.of());
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body())
                .doesNotContain("<script>alert")
                .doesNotContain("<img src=x")
                .doesNotContain("<b>odd")
                .contains("Preview: &lt;b&gt;odd.tsv");
    }

    @Test
    void the_import_form_is_labelled_and_open_from_this_machine() {
        String html = page("/import");
        assertThat(html)
                .contains(
                        "<label for=\"import-text\">",
                        "<label for=\"import-file\">",
                        "<label for=\"import-name\">",
                        "enctype=\"multipart/form-data\"")
                .doesNotContain("import-token");
    }

    @Test
    void pasting_a_deck_previews_it_then_imports_it_once() {
        HttpResponse<String> preview = http.multipart(
                "/import/preview",
                Map.of("text", crmgraph.testing.Fixtures.text("web/pasted-deck.txt"), "name", "wallet-notes.txt"),
                null,
                null,
                Map.of());
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body())
                .contains(
                        "Preview: wallet-notes.txt", "id=\"detected-format\"", "Share of wallet", "Win-back campaign");
        assertThat(ids(http.json("/api/concepts?q=" + Http.q("share of wallet"))))
                .doesNotContain("share-of-wallet");
        String pending = Http.pendingId(preview.body());
        HttpResponse<String> done = http.form("/import", Map.of("pending", pending), Map.of());
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("href=\"/decks/wallet-notes-txt\"");
        assertThat(ids(http.json("/api/concepts?q=" + Http.q("share of wallet"))))
                .contains("share-of-wallet");
        assertThat(http.form("/import", Map.of("pending", pending), Map.of()).statusCode())
                .isEqualTo(400);
    }

    @Test
    void an_uploaded_file_is_previewed_under_its_own_name_and_oversized_ones_are_refused() {
        byte[] file =
                crmgraph.testing.Fixtures.text("web/pasted-deck.txt").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> ok = http.multipart(
                "/import/preview", Map.of("text", "", "name", ""), "C:\\notes\\upload-deck.txt", file, Map.of());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("Preview: upload-deck.txt", "Share of wallet");
        byte[] big = new byte[ImportHandlers.MAX_BYTES + 10];
        java.util.Arrays.fill(big, (byte) 'a');
        HttpResponse<String> tooBig = http.multipart("/import/preview", Map.of("text", ""), "big.txt", big, Map.of());
        assertThat(tooBig.statusCode()).isBetween(400, 413);
        assertThat(tooBig.body()).contains("5 MB").doesNotContain("Exception");
        HttpResponse<String> empty = http.multipart("/import/preview", Map.of("text", "  "), null, null, Map.of());
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("paste some text");
    }

    @Test
    void a_form_posted_from_another_site_is_refused() {
        HttpResponse<String> r = http.multipart(
                "/import/preview", Map.of("text", "a\tb"), null, null, Map.of("Origin", "http://evil.example"));
        assertThat(r.statusCode()).isEqualTo(403);
    }
}
