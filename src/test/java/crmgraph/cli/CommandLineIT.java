package crmgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import crmgraph.app.Json;
import crmgraph.testing.CliRun;
import crmgraph.testing.Fixtures;
import crmgraph.testing.TestGraph;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CLI end to end, as a user runs it: import into a data directory of its own (the embedded
 * store starts and stops with each command), then export, then import again unchanged.
 */
class CommandLineIT {

    @Test
    void importing_then_exporting_writes_every_concept_and_definition_of_the_deck() throws Exception {
        Path data = TestGraph.newDataDir("cli");
        Path out = data.resolveSibling(data.getFileName() + ".json");

        CliRun imported = CliRun.of("import", Fixtures.fixture("glossary.tsv").toString(), "--data", data.toString());
        assertThat(imported.code()).isZero();
        assertThat(imported.out()).contains("glossary.tsv: format tsv, 3 cards");

        CliRun exported = CliRun.of("export", "--format", "json", "--out", out.toString(), "--data", data.toString());
        assertThat(exported.code()).isZero();

        JsonNode export = Json.MAPPER.readTree(out.toFile());
        assertThat(export.get("format").asText()).isEqualTo("crmgraph-export");
        assertThat(export.get("version").asInt()).isEqualTo(1);
        assertThat(export.get("decks")).hasSize(1);
        JsonNode deck = export.get("decks").get(0);
        assertThat(deck.get("source").asText()).isEqualTo("glossary.tsv");
        assertThat(deck.get("cards").asInt()).isEqualTo(3);
        assertThat(names(export)).contains("Churn", "Customer Lifetime Value", "Touchpoint");
        JsonNode clv = concept(export, "Customer Lifetime Value");
        assertThat(clv.get("aliases").toString()).contains("CLV");
        assertThat(clv.get("definitions").get(0).get("text").asText()).startsWith("The present value of all future profit");
        String card = clv.get("definitions").get(0).get("card").asText();
        assertThat(export.get("cards").findValuesAsText("id")).contains(card);
        assertThat(export.get("cards").get(0).get("line").asInt()).isEqualTo(1);

        CliRun again = CliRun.of("import", Fixtures.fixture("glossary.tsv").toString(), "--data", data.toString());
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("unchanged glossary.tsv");
    }

    @Test
    void a_missing_file_fails_with_exit_code_1_and_one_line_naming_it() {
        Path data = TestGraph.newDataDir("cli-missing");
        CliRun run = CliRun.of("import", "no/such/deck.txt", "--data", data.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().lines().filter(l -> l.startsWith("crmgraph:")).toList())
                .singleElement().asString().contains("no/such/deck.txt").contains("no such file");
    }

    @Test
    void unknown_options_are_a_usage_error_with_exit_code_2() {
        assertThat(CliRun.of("import").code()).isEqualTo(2);
        assertThat(CliRun.of("export", "--frobnicate").code()).isEqualTo(2);
        assertThat(CliRun.of("--help").code()).isZero();
    }

    private static List<String> names(JsonNode export) {
        List<String> names = new ArrayList<>();
        export.get("concepts").forEach(c -> names.add(c.get("name").asText()));
        return names;
    }

    private static JsonNode concept(JsonNode export, String name) {
        for (JsonNode c : export.get("concepts")) {
            if (c.get("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no concept " + name + " in " + names(export));
    }

}
