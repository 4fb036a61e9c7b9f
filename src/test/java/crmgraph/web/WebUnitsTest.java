package crmgraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import crmgraph.CrmgraphException;
import crmgraph.RelationType;
import crmgraph.graph.Subgraph;
import crmgraph.pipeline.ImportReport;
import crmgraph.pipeline.Importer.SourceText;
import crmgraph.quiz.Grade;
import crmgraph.read.Card;
import crmgraph.read.Layout;
import crmgraph.read.ReadDeck;
import crmgraph.read.ReadOptions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebUnitsTest {

    @Test
    void loopback_addresses_are_recognised_and_others_are_not() {
        assertThat(ImportGate.loopback("127.0.0.1")).isTrue();
        assertThat(ImportGate.loopback("::1")).isTrue();
        assertThat(ImportGate.loopback("[0:0:0:0:0:0:0:1]")).isTrue();
        assertThat(ImportGate.loopback("192.168.1.20")).isFalse();
        assertThat(ImportGate.loopback(null)).isFalse();
    }

    @Test
    void uploaded_file_names_lose_their_folders_and_control_characters() {
        assertThat(ImportHandlers.fileName("C:\\Users\\me\\deck.tsv", "x")).isEqualTo("deck.tsv");
        assertThat(ImportHandlers.fileName("../../etc/passwd", "x")).isEqualTo("passwd");
        assertThat(ImportHandlers.fileName("a\u0000b.txt", "x")).isEqualTo("ab.txt");
        assertThat(ImportHandlers.fileName("  ", "fallback.txt")).isEqualTo("fallback.txt");
        assertThat(ImportHandlers.fileName("..", "fallback.txt")).isEqualTo("fallback.txt");
        assertThat(ImportHandlers.fileName("x".repeat(300) + ".txt", "f"))
                .hasSize(120)
                .endsWith(".txt");
    }

    @Test
    void a_pending_import_is_taken_once_and_expires() {
        MutableClock clock = new MutableClock();
        PendingImports pending = new PendingImports(clock);
        SourceText text = new SourceText("a.txt", "a\tb", "hash");
        String id = pending.put(List.of(text));
        assertThat(id).matches("[0-9a-f]{32}");
        assertThat(pending.take(id)).contains(List.of(text));
        assertThat(pending.take(id)).isEmpty();
        String later = pending.put(List.of(text));
        clock.now = clock.now.plus(PendingImports.LIFETIME).plusSeconds(1);
        assertThat(pending.take(later)).isEmpty();
        assertThat(pending.take(null)).isEmpty();
    }

    @Test
    void a_pending_import_can_be_read_again_before_it_is_taken() {
        PendingImports pending = new PendingImports(new MutableClock());
        SourceText text = new SourceText("a.txt", "a\tb", "hash");
        String id = pending.put(List.of(text));
        assertThat(pending.get(id)).contains(List.of(text));
        assertThat(pending.get(id)).contains(List.of(text));
        assertThat(pending.take(id)).contains(List.of(text));
        assertThat(pending.get(id)).isEmpty();
        assertThat(pending.get(null)).isEmpty();
    }

    @Test
    void the_import_form_states_the_size_limits_the_server_enforces() {
        String html = new Views().render("import.jte", new Pages.Import(new ImportGate.Open(), false, "", "", ""));
        assertThat(html).contains("(text up to 5 MB);", "(<code>.docx</code>) up to 50 MB.");
    }

    @Test
    void a_quiz_link_records_each_answer_with_the_letter_of_its_grade_and_reads_the_grades_back() {
        QuizRun run = QuizRun.start(List.of("c-0123456789ab", "t-0123456789ab", "k-0123456789ab"))
                .answered(Grade.of(true, false))
                .answered(Grade.of(true, true))
                .answered(Grade.of(false, true));
        assertThat(run.results()).isEqualTo("chw");
        assertThat(QuizRun.parse(run.ids(), "3", "chw").grades()).containsExactly(Grade.GOOD, Grade.HARD, Grade.AGAIN);
        assertThat(run.grades().stream().map(Grade::outcome)).containsExactly("right", "right after a hint", "wrong");
        assertThatThrownBy(() -> QuizRun.parse(run.ids(), "1", "e")).isInstanceOf(CrmgraphException.class);
    }

    @Test
    void the_preview_marks_cards_that_may_be_misread_with_the_other_reading_and_says_why_the_layout_is_in_doubt() {
        List<Card> cards = List.of(
                new Card(1, "Churn", "Customers lost in a period", 1, 2),
                new Card(
                        2,
                        "The promise a brand makes",
                        "Brand promise",
                        3,
                        4,
                        Card.Kind.PROMPT,
                        "",
                        new Card.Doubt(
                                "reads as a definition, then its term", "Brand promise", "The promise a brand makes")));
        ReadDeck deck = new ReadDeck(
                "notes",
                "lines",
                cards,
                List.of(),
                List.of(),
                new ReadOptions(Layout.AUTO, 1),
                Layout.TERM_FIRST,
                "3 of 7 pairs read as well definition-first");
        String html = new Views()
                .render("import-preview.jte", new Pages.ImportPreview("abc123", "notes.txt", deck, 200, false));
        assertThat(html)
                .contains(
                        "layout term-first (found), 1 line skipped",
                        "The layout may be wrong:",
                        "3 of 7 pairs read as well definition-first",
                        "1 card may be misread",
                        "<tr class=\"uncertain\">",
                        "May be misread:</strong> reads as a definition, then its term",
                        "Other reading: <q>Brand promise</q> → <q>The promise a brand makes</q>",
                        "<option value=\"auto\" selected>",
                        "value=\"1\"",
                        "id=\"preview-again\"");
        assertThat(html.indexOf("<tr class=\"uncertain\">")).isGreaterThan(html.indexOf("Customers lost in a period"));

        ImportReport.DeckLine line = new ImportReport.DeckLine(
                "notes.txt", "notes-txt", "lines", 2, 1, 0, 0, 0, 0, List.of(), ImportReport.Reading.of(deck));
        assertThat(line.toString())
                .endsWith("0 lines not placed, layout term-first (found), 1 line skipped, 1 uncertain");
        String done = new Views()
                .render(
                        "import-done.jte",
                        new Pages.ImportDone(new ImportReport(
                                List.of(line),
                                List.of(),
                                List.of(),
                                new crmgraph.pipeline.ImportTimings(0, 0, 0, 0, 0))));
        assertThat(done)
                .contains(
                        "line 3: may be misread: reads as a definition, then its term",
                        "href=\"/decks/notes-txt\"",
                        "The layout may be wrong:",
                        "1 card may be misread");
    }

    @Test
    void a_reading_note_says_which_layout_was_asked_for_and_which_was_found_and_whether_separators_were_asked_for() {
        ReadDeck found = new ReadDeck(
                "n", "lines", List.of(), List.of(), List.of(), ReadOptions.AUTO, Layout.ANSWER_FIRST, null);
        ReadDeck asked = new ReadDeck(
                "n",
                "lines",
                List.of(),
                List.of(),
                List.of(),
                new ReadOptions(Layout.ANSWER_FIRST, 0),
                Layout.ANSWER_FIRST,
                null);
        ReadDeck table = new ReadDeck(
                "n",
                "tsv",
                List.of(),
                List.of(),
                List.of(),
                new ReadOptions(Layout.ANSWER_FIRST, 2),
                Layout.AUTO,
                null);
        ReadDeck plain = new ReadDeck("n", "tsv", List.of(), List.of());
        assertThat(ImportReport.Reading.of(found).note()).isEqualTo("layout answer-first (found)");
        assertThat(ImportReport.Reading.of(asked).note()).isEqualTo("layout answer-first (as asked)");
        assertThat(ImportReport.Reading.of(table).note()).isEqualTo("layout answer-first asked, 2 lines skipped");
        assertThat(ImportReport.Reading.of(plain).note()).isEmpty();
        ReadDeck separated = new ReadDeck(
                "n",
                "delimited(term/definition dash, cards semicolon)",
                List.of(),
                List.of(),
                List.of(),
                ReadOptions.AUTO.withSeparators(new crmgraph.read.Separators(" - ", ";")),
                Layout.AUTO,
                null);
        assertThat(ImportReport.Reading.of(separated).note()).isEqualTo("separators as asked");
        assertThat(ImportReport.Reading.of(plain).unsure()).isFalse();
    }

    @Test
    void only_the_newest_pending_imports_are_kept() {
        PendingImports pending = new PendingImports(new MutableClock());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i <= PendingImports.CAPACITY; i++) {
            ids.add(pending.put(List.of(new SourceText(i + ".txt", "x", "h" + i))));
        }
        assertThat(pending.take(ids.get(0))).isEmpty();
        assertThat(pending.take(ids.get(ids.size() - 1))).isPresent();
    }

    @Test
    void relation_filters_accept_names_in_any_case_and_refuse_unknown_ones() {
        assertThat(RelationStyle.chosen(List.of())).containsExactlyInAnyOrder(RelationType.values());
        assertThat(RelationStyle.chosen(List.of("is_a,has-part")))
                .containsExactlyInAnyOrder(RelationType.IS_A, RelationType.HAS_PART);
        assertThatThrownBy(() -> RelationStyle.chosen(List.of("LIKES")))
                .isInstanceOf(CrmgraphException.class)
                .hasMessageContaining("LIKES");
    }

    @Test
    void the_neighbourhood_drawing_puts_the_concept_in_the_middle_and_caps_its_neighbours() {
        List<Subgraph.Node> nodes = new ArrayList<>();
        List<Subgraph.Edge> edges = new ArrayList<>();
        nodes.add(new Subgraph.Node("c", "Centre", 0));
        for (int i = 0; i < 20; i++) {
            nodes.add(new Subgraph.Node("n" + i, "Neighbour " + i, 1));
            edges.add(new Subgraph.Edge("c", "n" + i, "HAS_PART", i + 1));
        }
        NeighbourhoodSvg svg = NeighbourhoodSvg.of(new Subgraph("c", nodes, edges, false));
        assertThat(svg.dots()).hasSize(1 + NeighbourhoodSvg.MAX_NEIGHBOURS);
        assertThat(svg.dots().get(0).center()).isTrue();
        assertThat(svg.dots().get(0).x()).isEqualTo(svg.width() / 2);
        assertThat(svg.hidden()).isEqualTo(20 - NeighbourhoodSvg.MAX_NEIGHBOURS);
        assertThat(svg.lines())
                .hasSize(NeighbourhoodSvg.MAX_NEIGHBOURS)
                .allSatisfy(l -> assertThat(l.colour()).isEqualTo(RelationStyle.HAS_PART.colour()));
        assertThat(svg.dots()).allSatisfy(d -> {
            assertThat(d.x()).isBetween(0, svg.width());
            assertThat(d.y()).isBetween(0, svg.height());
        });
        assertThat(NeighbourhoodSvg.of(new Subgraph("c", List.of(nodes.get(0)), List.of(), false))
                        .empty())
                .isTrue();
    }

    @Test
    void error_messages_keep_file_names_but_lose_folders() {
        assertThat(ErrorHandlers.withoutFolders("missing query file /cypher/x.cypher on the classpath"))
                .isEqualTo("missing query file x.cypher on the classpath");
        assertThat(ErrorHandlers.withoutFolders("/home/me/notes/deck.txt: line 3: no answer"))
                .isEqualTo("deck.txt: line 3: no answer");
        assertThat(ErrorHandlers.withoutFolders("cannot read C:\\Users\\me\\deck.tsv"))
                .isEqualTo("cannot read deck.tsv");
        assertThat(ErrorHandlers.withoutFolders("see ../data/x.md")).isEqualTo("see x.md");
        assertThat(ErrorHandlers.withoutFolders("tab- and/or comma-separated; depth 1/2"))
                .isEqualTo("tab- and/or comma-separated; depth 1/2");
    }

    @Test
    void api_records_serialise_to_the_documented_fields_only() throws Exception {
        var detail = new crmgraph.graph.ConceptDetail(
                "c",
                "C",
                List.of("K"),
                List.of(new crmgraph.graph.ConceptDetail.Definition("t", "d", "D", "d-1", 1, 3, "line 3")),
                List.of(new crmgraph.graph.ConceptDetail.Part("p", "P", 1)),
                List.of(),
                List.of(new crmgraph.graph.ConceptDetail.Parent("w", "W", "HAS_PART")),
                List.of(new crmgraph.graph.ConceptDetail.Related("r", "R", "why", "")),
                List.of(),
                new crmgraph.graph.ConceptDetail.Totals(1, 1, 0, 1, 1, 0));
        var json = crmgraph.Json.MAPPER.readTree(crmgraph.Json.MAPPER.writeValueAsString(detail));
        assertThat(fieldNames(json))
                .containsExactly(
                        "id",
                        "name",
                        "aliases",
                        "definitions",
                        "parts",
                        "kinds",
                        "parents",
                        "related",
                        "cards",
                        "totals");
        assertThat(fieldNames(json.get("definitions").get(0))).contains("text", "deck", "card", "line");
        assertThat(fieldNames(json.get("parts").get(0))).containsExactly("id", "name", "order", "definition");
        assertThat(fieldNames(json.get("parents").get(0))).containsExactly("id", "name", "type");
        assertThat(fieldNames(json.get("related").get(0))).containsExactly("id", "name", "reason", "sentence");
        var deck = new crmgraph.graph.DeckDetail(
                "d",
                "D",
                "d.txt",
                "lines",
                1,
                "answer-first",
                new crmgraph.graph.DeckDetail.Options("auto", 0),
                null,
                List.of(new crmgraph.graph.DeckDetail.CardView(
                        "d-1", 1, "F", "B", 1, 2, "prompt", "", true, "why", "B", "F", false, List.of(), List.of(),
                        null, null)),
                List.of(new crmgraph.graph.DeckDetail.Dropped(1, "furniture", "x")));
        var deckJson = crmgraph.Json.MAPPER.readTree(crmgraph.Json.MAPPER.writeValueAsString(deck));
        assertThat(fieldNames(deckJson))
                .containsExactly(
                        "id",
                        "name",
                        "source",
                        "format",
                        "cardCount",
                        "layout",
                        "options",
                        "doubt",
                        "cards",
                        "dropped");
        assertThat(fieldNames(deckJson.get("options"))).containsExactly("layout", "skipLines");
        var separated = crmgraph.Json.MAPPER.readTree(
                crmgraph.Json.MAPPER.writeValueAsString(new crmgraph.graph.DeckDetail.Options("auto", 0, " - ", ";")));
        assertThat(separated.toString())
                .isEqualTo("{\"layout\":\"auto\",\"skipLines\":0,\"separator\":\" - \",\"cardSeparator\":\";\"}");
        assertThat(fieldNames(deckJson.get("cards").get(0)))
                .containsExactly(
                        "id",
                        "ordinal",
                        "front",
                        "back",
                        "line",
                        "endLine",
                        "kind",
                        "section",
                        "uncertain",
                        "doubt",
                        "otherFront",
                        "otherBack",
                        "confirmed",
                        "defines",
                        "about",
                        "position",
                        "tags");
        assertThat(deckJson.get("cards").get(0).get("position").asText()).isEqualTo("lines 1\u20132");
        assertThat(fieldNames(deckJson.get("dropped").get(0))).containsExactly("line", "kind", "text", "position");
    }

    private static List<String> fieldNames(com.fasterxml.jackson.databind.JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
