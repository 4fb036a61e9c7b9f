package crmgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import crmgraph.app.App;
import crmgraph.pipeline.Importer.SourceText;
import crmgraph.pipeline.Pipeline;
import crmgraph.testing.TestGraph;
import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A relation a definition states is stored with its phrase and shown as a sentence on both concept
 * pages; one model taught under two names is linked both ways, and its pages tell what it is made of.
 */
class RelationSentenceIT {

    @Test
    void a_definition_saying_how_its_concept_relates_to_another_shows_that_sentence_on_both_pages() throws Exception {
        String deck = "Quorvex scale\tA survey that measures quorvex loyalty over a whole year.\n"
                + "Quorvex loyalty\tHow strongly quorvex buyers keep coming back.\n";
        assertThat(Pipeline.importer(TestGraph.store())
                        .importTexts(List.of(SourceText.of("quorvex.tsv", deck.getBytes(StandardCharsets.UTF_8))))
                        .failures())
                .isEmpty();
        Javalin app = App.create(TestGraph.store(), Optional.empty()).start("127.0.0.1", 0);
        try {
            Http http = Http.local(app.port());
            JsonNode scale = http.json("/api/concepts/quorvex-scale");
            assertThat(scale.get("related").get(0).get("sentence").asText())
                    .isEqualTo("Quorvex scale measures Quorvex loyalty");
            assertThat(http.get("/concepts/quorvex-loyalty").body())
                    .contains("<h3 class=\"relation-kind\">Said in definitions</h3>")
                    .contains("<a href=\"/concepts/quorvex-scale\">Quorvex scale measures Quorvex loyalty</a>");
        } finally {
            app.stop();
        }
    }

    @Test
    void one_model_taught_under_two_names_in_two_decks_points_each_page_at_the_other() throws Exception {
        String acronym =
                "# Account growth\n\nThe PAVE model has four steps:\n\n1. Plan\n2. Act\n3. Verify\n4. Extend\n";
        String steps = "# Four steps of key account growth\n\n"
                + "1. Plan the account with the buyer\n2. Act on the agreed plan\n3. Verify the results each quarter\n"
                + "4. Extend the relationship to new sites\n";
        assertThat(Pipeline.importer(TestGraph.store())
                        .importTexts(List.of(
                                SourceText.of("pave.md", acronym.getBytes(StandardCharsets.UTF_8)),
                                SourceText.of("growth.md", steps.getBytes(StandardCharsets.UTF_8))))
                        .failures())
                .isEmpty();
        Javalin app = App.create(TestGraph.store(), Optional.empty()).start("127.0.0.1", 0);
        try {
            Http http = Http.local(app.port());
            String model = http.get("/concepts/pave-model").body();
            assertThat(model)
                    .contains("<p class=\"acronym\">PAVE: Plan, Act, Verify, Extend</p>")
                    .contains(
                            "Also taught as: <a href=\"/concepts/step-of-key-account-growth\">steps of key account growth</a>")
                    .contains(
                            "No card defines this concept. It is made of 4 steps, in order: Plan, Act, Verify, Extend."
                                    + " The same model is also taught as steps of key account growth.");
            assertThat(http.get("/concepts/step-of-key-account-growth").body())
                    .contains("Also taught as: <a href=\"/concepts/pave-model\">PAVE model</a>");
            assertThat(http.get("/concepts/verify").body())
                    .contains("Also taught as: <a href=\"/concepts/verify-the-result-each-quarter\">");
        } finally {
            app.stop();
        }
    }
}
