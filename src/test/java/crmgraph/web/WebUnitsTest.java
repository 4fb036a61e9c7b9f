package crmgraph.web;

import crmgraph.CrmgraphException;
import crmgraph.app.Importer.SourceText;
import crmgraph.extract.RelationType;
import crmgraph.graph.Subgraph;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        assertThat(ImportHandlers.fileName("x".repeat(300) + ".txt", "f")).hasSize(120).endsWith(".txt");
    }

    @Test
    void a_pending_import_is_taken_once_and_expires() {
        MutableClock clock = new MutableClock();
        PendingImports pending = new PendingImports(clock);
        SourceText text = new SourceText("a.txt", "a\tb", "hash");
        String id = pending.put(text);
        assertThat(id).matches("[0-9a-f]{32}");
        assertThat(pending.take(id)).contains(text);
        assertThat(pending.take(id)).isEmpty();
        String later = pending.put(text);
        clock.now = clock.now.plus(PendingImports.LIFETIME).plusSeconds(1);
        assertThat(pending.take(later)).isEmpty();
        assertThat(pending.take(null)).isEmpty();
    }

    @Test
    void only_the_newest_pending_imports_are_kept() {
        PendingImports pending = new PendingImports(new MutableClock());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i <= PendingImports.CAPACITY; i++) {
            ids.add(pending.put(new SourceText(i + ".txt", "x", "h" + i)));
        }
        assertThat(pending.take(ids.get(0))).isEmpty();
        assertThat(pending.take(ids.get(ids.size() - 1))).isPresent();
    }

    @Test
    void relation_filters_accept_names_in_any_case_and_refuse_unknown_ones() {
        assertThat(RelationStyle.chosen(List.of())).containsExactlyInAnyOrder(RelationType.values());
        assertThat(RelationStyle.chosen(List.of("is_a,has-part"))).containsExactlyInAnyOrder(RelationType.IS_A, RelationType.HAS_PART);
        assertThatThrownBy(() -> RelationStyle.chosen(List.of("LIKES"))).isInstanceOf(CrmgraphException.class).hasMessageContaining("LIKES");
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
        assertThat(svg.lines()).hasSize(NeighbourhoodSvg.MAX_NEIGHBOURS).allSatisfy(l -> assertThat(l.colour()).isEqualTo(RelationStyle.HAS_PART.colour()));
        assertThat(svg.dots()).allSatisfy(d -> {
            assertThat(d.x()).isBetween(0, svg.width());
            assertThat(d.y()).isBetween(0, svg.height());
        });
        assertThat(NeighbourhoodSvg.of(new Subgraph("c", List.of(nodes.get(0)), List.of(), false)).empty()).isTrue();
    }

    @Test
    void error_messages_keep_file_names_but_lose_folders() {
        assertThat(ErrorHandlers.withoutFolders("missing query file /cypher/x.cypher on the classpath"))
                .isEqualTo("missing query file x.cypher on the classpath");
        assertThat(ErrorHandlers.withoutFolders("/home/me/notes/deck.txt: line 3: no answer")).isEqualTo("deck.txt: line 3: no answer");
        assertThat(ErrorHandlers.withoutFolders("cannot read C:\\Users\\me\\deck.tsv")).isEqualTo("cannot read deck.tsv");
        assertThat(ErrorHandlers.withoutFolders("see ../data/x.md")).isEqualTo("see x.md");
        assertThat(ErrorHandlers.withoutFolders("tab- and/or comma-separated; depth 1/2")).isEqualTo("tab- and/or comma-separated; depth 1/2");
    }

    @Test
    void api_records_serialise_to_the_documented_fields_only() throws Exception {
        var detail = new crmgraph.graph.ConceptDetail("c", "C", List.of("K"),
                List.of(new crmgraph.graph.ConceptDetail.Definition("t", "d", "D", "d-1", 1, 3)),
                List.of(new crmgraph.graph.ConceptDetail.Part("p", "P", 1)), List.of(),
                List.of(new crmgraph.graph.ConceptDetail.Parent("w", "W", "HAS_PART")),
                List.of(new crmgraph.graph.ConceptDetail.Related("r", "R", "why")), List.of(),
                new crmgraph.graph.ConceptDetail.Totals(1, 1, 0, 1, 1, 0));
        var json = crmgraph.app.Json.MAPPER.readTree(crmgraph.app.Json.MAPPER.writeValueAsString(detail));
        assertThat(fieldNames(json)).containsExactly("id", "name", "aliases", "definitions", "parts", "kinds", "parents", "related", "cards",
                "totals");
        assertThat(fieldNames(json.get("definitions").get(0))).contains("text", "deck", "card", "line");
        assertThat(fieldNames(json.get("parts").get(0))).containsExactly("id", "name", "order");
        assertThat(fieldNames(json.get("parents").get(0))).containsExactly("id", "name", "type");
        assertThat(fieldNames(json.get("related").get(0))).containsExactly("id", "name", "reason");
        var deck = new crmgraph.graph.DeckDetail("d", "D", "d.txt", "lines", 1, "answer-first",
                new crmgraph.graph.DeckDetail.Options("auto", 0), null,
                List.of(new crmgraph.graph.DeckDetail.CardView("d-1", 1, "F", "B", 1, 2, "prompt", "", true, "why", "B", "F", false,
                        List.of(), List.of())),
                List.of(new crmgraph.graph.DeckDetail.Dropped(1, "furniture", "x")));
        var deckJson = crmgraph.app.Json.MAPPER.readTree(crmgraph.app.Json.MAPPER.writeValueAsString(deck));
        assertThat(fieldNames(deckJson)).containsExactly("id", "name", "source", "format", "cardCount", "layout", "options", "doubt",
                "cards", "dropped");
        assertThat(fieldNames(deckJson.get("options"))).containsExactly("layout", "skipLines");
        assertThat(fieldNames(deckJson.get("cards").get(0))).containsExactly("id", "ordinal", "front", "back", "line", "endLine",
                "kind", "section", "uncertain", "doubt", "otherFront", "otherBack", "confirmed", "defines", "about");
        assertThat(fieldNames(deckJson.get("dropped").get(0))).containsExactly("line", "kind", "text");
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
