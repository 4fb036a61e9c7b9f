package crmgraph.web;

import static crmgraph.web.WebData.deckId;
import static crmgraph.web.WebData.id;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import crmgraph.RelationType;
import crmgraph.app.App;
import crmgraph.graph.DeckImport;
import crmgraph.graph.DeckWriter;
import crmgraph.read.Card;
import crmgraph.read.ReadDeck;
import crmgraph.resolve.Keys;
import crmgraph.resolve.ResolvedConcept;
import crmgraph.resolve.ResolvedDeck;
import crmgraph.testing.TestGraph;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code GET /api/connect} and the {@code /connect} page over HTTP, on a small graph of their own: an
 * ordered list (said again by a second deck), a kind, a mention, a contrast, a phrase, a diamond
 * with a longer way round, a chain of seven links and a concept linked to nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConnectApiIT {

    private static final String LISTS = "connect-lists.txt";
    private static final String AGAIN = "connect-again.txt";

    private Javalin app;
    private Http http;

    @BeforeAll
    void start() {
        TestGraph.wipe();
        DeckWriter writer = new DeckWriter(TestGraph.store());
        writer.write(lists());
        writer.write(again());
        // No reader stores a phrase yet; the query must read one where a link has it.
        TestGraph.store()
                .driver()
                .executableQuery("MATCH (:Concept {id: 'servqual'})-[r:RELATED_TO]->() SET r.phrase = 'measures'")
                .withConfig(TestGraph.store().writes())
                .execute();
        app = App.create(TestGraph.store(), Optional.empty()).start("127.0.0.1", 0);
        http = Http.local(app.port());
    }

    @AfterAll
    void stop() {
        app.stop();
    }

    private static String card(String deck, int ordinal) {
        return deckId(deck) + "-" + ordinal;
    }

    @Test
    void two_steps_through_a_list_are_walked_up_to_the_whole_and_down_to_the_next_step() {
        JsonNode answer = http.json("/api/connect?from=identify&to=differentiate");
        assertThat(answer.get("from").toString()).isEqualTo("{\"id\":\"identify\",\"name\":\"Identify\"}");
        assertThat(answer.get("to").toString()).isEqualTo("{\"id\":\"differentiate\",\"name\":\"Differentiate\"}");
        // The list is said by two decks: one path, not one per pair of links, each hop explained by
        // the link of the first card by id ("connect-again-txt-1" before "connect-lists-txt-1").
        assertThat(answer.get("paths")).hasSize(1);
        JsonNode path = answer.get("paths").get(0);
        assertThat(path.get("nodes").toString())
                .isEqualTo(
                        "[{\"id\":\"identify\",\"name\":\"Identify\"},{\"id\":\"idic-model\",\"name\":\"IDIC model\"},"
                                + "{\"id\":\"differentiate\",\"name\":\"Differentiate\"}]");
        assertThat(path.get("hops")).hasSize(2);
        assertThat(path.get("hops").get(0).toString())
                .isEqualTo("{\"from\":\"idic-model\",\"to\":\"identify\",\"type\":\"HAS_PART\",\"phrase\":null,"
                        + "\"sentence\":\"Identify is step 1 of IDIC model\",\"card\":\"" + card(AGAIN, 1) + "\"}");
        assertThat(path.get("hops").get(1).toString())
                .isEqualTo("{\"from\":\"idic-model\",\"to\":\"differentiate\",\"type\":\"HAS_PART\",\"phrase\":null,"
                        + "\"sentence\":\"Differentiate is step 2 of IDIC model\",\"card\":\"" + card(AGAIN, 1)
                        + "\"}");
    }

    @Test
    void every_kind_of_link_is_said_as_stored_and_names_its_card() {
        assertThat(sentences("/api/connect?from=crm&to=operational-crm"))
                .containsExactly("Operational CRM is a kind of CRM @ " + card(LISTS, 2));
        assertThat(sentences("/api/connect?from=touchpoint&to=identify"))
                .containsExactly("Identify's definition mentions Touchpoint @ " + card(LISTS, 3));
        assertThat(sentences("/api/connect?from=erp&to=crm"))
                .containsExactly("CRM is contrasted with ERP @ " + card(LISTS, 4));
        JsonNode phrased = http.json("/api/connect?from=service-quality&to=servqual")
                .get("paths")
                .get(0)
                .get("hops")
                .get(0);
        assertThat(phrased.get("phrase").asText()).isEqualTo("measures");
        assertThat(phrased.get("sentence").asText()).isEqualTo("SERVQUAL measures Service quality");
    }

    @Test
    void only_the_shortest_paths_are_given_in_a_stable_order_up_to_the_limit() {
        assertThat(chains("/api/connect?from=loyalty&to=retention"))
                .containsExactly("loyalty satisfaction retention", "loyalty trust retention");
        assertThat(chains("/api/connect?from=loyalty&to=retention&limit=1"))
                .containsExactly("loyalty satisfaction retention");
        assertThat(chains("/api/connect?from=retention&to=loyalty&limit=5"))
                .containsExactly("retention satisfaction loyalty", "retention trust loyalty");
    }

    @Test
    void six_steps_are_found_and_seven_are_no_connection() {
        assertThat(chains("/api/connect?from=chain-1&to=chain-7"))
                .containsExactly("chain-1 chain-2 chain-3 chain-4 chain-5 chain-6 chain-7");
        JsonNode far = http.json("/api/connect?from=chain-1&to=chain-8");
        assertThat(far.get("to").get("id").asText()).isEqualTo("chain-8");
        assertThat(far.get("paths").toString()).isEqualTo("[]");
        assertThat(http.json("/api/connect?from=loner&to=identify").get("paths").toString())
                .isEqualTo("[]");
    }

    @Test
    void the_same_concept_twice_is_one_path_without_hops() {
        JsonNode answer = http.json("/api/connect?from=identify&to=identify");
        assertThat(answer.get("paths").toString())
                .isEqualTo("[{\"nodes\":[{\"id\":\"identify\",\"name\":\"Identify\"}],\"hops\":[]}]");
    }

    @Test
    void an_unknown_id_is_404_naming_it() {
        assertError("/api/connect?from=no-such-concept&to=identify", 404, "no concept with id no-such-concept");
        assertError("/api/connect?from=identify&to=no-such-concept", 404, "no concept with id no-such-concept");
    }

    @Test
    void a_limit_out_of_range_or_a_missing_end_is_400_naming_it() {
        for (String limit : List.of("0", "6", "three")) {
            assertError(
                    "/api/connect?from=identify&to=differentiate&limit=" + limit,
                    400,
                    "limit must be a whole number from 1 to 5");
        }
        assertError("/api/connect?from=identify", 400, "to must name a concept id");
        assertError("/api/connect?to=identify", 400, "from must name a concept id");
    }

    @Test
    void the_page_takes_names_says_which_concepts_it_took_and_lists_the_steps_with_their_cards() {
        HttpResponse<String> r = http.get("/connect?from=" + Http.q("identify") + "&to=" + Http.q("the differentiate"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains(
                        "<a href=\"/concepts/identify\">Identify</a>",
                        "to <a href=\"/concepts/differentiate\">Differentiate</a> <span class=\"meta\">(taken for “the differentiate”)</span>",
                        "<li>Identify is step 1 of IDIC model.",
                        "<a class=\"source\" href=\"/decks/" + deckId(AGAIN) + "#" + card(AGAIN, 1)
                                + "\">Connect again, card 1</a>")
                .doesNotContain("taken for “identify”");
    }

    @Test
    void the_page_says_when_there_is_no_connection_or_no_such_concept() {
        HttpResponse<String> far = http.get("/connect?from=chain-1&to=chain-8");
        assertThat(far.statusCode()).isEqualTo(200);
        assertThat(far.body()).contains("No connection within 6 steps: no chain of cards links Chain 1 to Chain 8.");
        HttpResponse<String> unknown = http.get("/connect?from=identify&to=" + Http.q("zzyzx quux"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("No concept matches “zzyzx quux”.");
    }

    /** Each hop of the first path as "sentence @ card". */
    private List<String> sentences(String path) {
        List<String> said = new ArrayList<>();
        http.json(path)
                .get("paths")
                .get(0)
                .get("hops")
                .forEach(h -> said.add(
                        h.get("sentence").asText() + " @ " + h.get("card").asText()));
        return said;
    }

    /** Each path as its concept ids. */
    private List<String> chains(String path) {
        List<String> chains = new ArrayList<>();
        http.json(path).get("paths").forEach(p -> {
            List<String> ids = new ArrayList<>();
            p.get("nodes").forEach(n -> ids.add(n.get("id").asText()));
            chains.add(String.join(" ", ids));
        });
        return chains;
    }

    private void assertError(String path, int status, String message) {
        HttpResponse<String> r = http.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(status);
        assertThat(r.body()).as(path).isEqualTo("{\"error\":\"" + message + "\"}");
    }

    private static DeckImport lists() {
        List<Link> links = new ArrayList<>();
        List<String> steps = List.of("Identify", "Differentiate", "Interact", "Customize");
        for (int i = 0; i < steps.size(); i++) {
            links.add(new Link(RelationType.HAS_PART, "IDIC model", steps.get(i), i + 1, null, 1));
        }
        links.add(new Link(RelationType.IS_A, "Operational CRM", "CRM", null, "type", 2));
        links.add(new Link(RelationType.RELATED_TO, "Identify", "Touchpoint", null, "mention", 3));
        links.add(new Link(RelationType.RELATED_TO, "CRM", "ERP", null, "contrast", 4));
        links.add(new Link(RelationType.RELATED_TO, "SERVQUAL", "Service quality", null, "mention", 5));
        for (String middle : List.of("Trust", "Satisfaction")) {
            links.add(new Link(RelationType.RELATED_TO, "Loyalty", middle, null, "mention", 6));
            links.add(new Link(RelationType.RELATED_TO, middle, "Retention", null, "mention", 6));
        }
        links.add(new Link(RelationType.RELATED_TO, "Loyalty", "Advocacy", null, "mention", 6));
        links.add(new Link(RelationType.RELATED_TO, "Advocacy", "Referral", null, "mention", 6));
        links.add(new Link(RelationType.RELATED_TO, "Referral", "Retention", null, "mention", 6));
        for (int i = 1; i < 8; i++) {
            links.add(new Link(RelationType.RELATED_TO, "Chain " + i, "Chain " + (i + 1), null, null, 7));
        }
        return deck(LISTS, "Connect lists", 8, links, List.of("Loner"));
    }

    /** The IDIC model's first two steps said again, by another deck. */
    private static DeckImport again() {
        return deck(
                AGAIN,
                "Connect again",
                1,
                List.of(
                        new Link(RelationType.HAS_PART, "IDIC model", "Identify", 1, null, 1),
                        new Link(RelationType.HAS_PART, "IDIC model", "Differentiate", 2, null, 1)),
                List.of());
    }

    /** A link between two concepts named as written, on card {@code card}. */
    private record Link(RelationType type, String from, String to, Integer order, String reason, int card) {

        ResolvedDeck.Relation resolved() {
            return new ResolvedDeck.Relation(type, Keys.key(from), Keys.key(to), order, reason, card);
        }
    }

    /**
     * A deck of {@code cards} cards, each about the concepts its links name; the concepts in
     * {@code alone} are on card 1 and linked to nothing.
     */
    private static DeckImport deck(String source, String name, int cards, List<Link> links, List<String> alone) {
        List<Card> read = new ArrayList<>();
        for (int i = 1; i <= cards; i++) {
            read.add(new Card(i, "Question " + i, "Answer " + i, 2 * i, 2 * i));
        }
        Map<String, Integer> about = new LinkedHashMap<>();
        for (Link l : links) {
            about.putIfAbsent(l.from(), l.card());
            about.putIfAbsent(l.to(), l.card());
        }
        alone.forEach(n -> about.put(n, 1));
        List<ResolvedConcept> concepts = new ArrayList<>();
        List<ResolvedDeck.Mention> mentions = new ArrayList<>();
        about.forEach((n, card) -> {
            concepts.add(new ResolvedConcept(Keys.key(n), id(n), n, List.of()));
            mentions.add(new ResolvedDeck.Mention(Keys.key(n), card));
        });
        List<ResolvedDeck.Relation> relations =
                links.stream().map(Link::resolved).toList();
        return new DeckImport(
                deckId(source),
                source,
                "fixture-" + source,
                new ReadDeck(name, "lines", read, List.of()),
                new ResolvedDeck(concepts, List.of(), mentions, relations));
    }
}
