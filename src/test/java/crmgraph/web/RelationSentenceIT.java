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

/** A relation a definition states is stored with its phrase and shown as a sentence on both concept pages. */
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
                    .contains("<span class=\"relation\">Quorvex scale measures Quorvex loyalty</span>");
        } finally {
            app.stop();
        }
    }
}
