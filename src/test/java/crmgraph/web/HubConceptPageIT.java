package crmgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import crmgraph.app.App;
import crmgraph.pipeline.Importer;
import crmgraph.pipeline.Pipeline;
import crmgraph.testing.TestGraph;
import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A concept with more kinds than a page can usefully list: the page shows the first ones and says how many there are. */
class HubConceptPageIT {

    private static final int KINDS = 130;
    private static Javalin app;
    private static Http http;

    @BeforeAll
    static void start() {
        TestGraph.wipe();
        String deck = "Loyalty programme\tA scheme that rewards repeat purchases.\n"
                + IntStream.rangeClosed(1, KINDS)
                        .mapToObj(i -> "Tier " + word(i) + " loyalty programme\tA loyalty programme level number " + i
                                + " for members.")
                        .collect(Collectors.joining("\n"))
                + "\n";
        Pipeline.importer(TestGraph.store())
                .importTexts(List.of(Importer.SourceText.of("hub.tsv", deck.getBytes(StandardCharsets.UTF_8))));
        app = App.create(TestGraph.store(), Optional.empty()).start("127.0.0.1", 0);
        http = Http.local(app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    /** Letters only, so the names do not look like numbered list items. */
    private static String word(int i) {
        return "" + (char) ('a' + i / 26 % 26) + (char) ('a' + i % 26) + "x";
    }

    @Test
    void the_page_of_a_concept_with_many_kinds_lists_the_first_hundred_and_says_how_many_there_are() {
        JsonNode all = http.json("/api/concepts/loyalty-programme");
        assertThat(all.get("kinds")).hasSize(KINDS);
        assertThat(all.get("totals").get("kinds").asInt()).isEqualTo(KINDS);

        String html = http.get("/concepts/loyalty-programme").body();
        assertThat(html).contains("Showing the first 100 of " + KINDS + " kinds.");
        assertThat(html.split("href=\"/concepts/tier-", -1).length - 1)
                .as("links to kinds")
                .isBetween(100, 100 + 14);
        assertThat(html).doesNotContain("Showing the first 1 of");
    }
}
