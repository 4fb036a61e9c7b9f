package crmgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import crmgraph.Json;
import crmgraph.testing.CliRun;
import crmgraph.testing.Fixtures;
import crmgraph.testing.TestGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

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
        assertThat(clv.get("definitions").get(0).get("text").asText())
                .startsWith("The present value of all future profit");
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
                .singleElement()
                .asString()
                .contains("no/such/deck.txt")
                .contains("no such file");
    }

    @Test
    void unknown_options_are_a_usage_error_with_exit_code_2() {
        assertThat(CliRun.of("import").code()).isEqualTo(2);
        assertThat(CliRun.of("export", "--frobnicate").code()).isEqualTo(2);
        assertThat(CliRun.of("--help").code()).isZero();
    }

    @Test
    void a_layout_and_lines_to_skip_given_once_are_remembered_and_a_changed_option_reads_an_unchanged_file_again()
            throws Exception {
        Path data = TestGraph.newDataDir("cli-options");
        Path notes = Files.createDirectories(data.resolveSibling(data.getFileName() + "-notes"));
        Path deck = Files.copy(Fixtures.fixture("glossary.tsv"), notes.resolve("glossary.tsv"));
        String store = data.toString();

        CliRun asked =
                CliRun.of("import", deck.toString(), "--layout", "answer-first", "--skip-lines", "1", "--data", store);
        assertThat(asked.code()).as(asked.err()).isZero();
        assertThat(asked.out()).contains("glossary.tsv: format tsv, 2 cards", "1 line skipped");

        Files.writeString(deck, Files.readString(deck) + "Advocate\tA customer who recommends the brand to others.\n");
        CliRun remembered = CliRun.of("import", deck.toString(), "--data", store);
        assertThat(remembered.out()).contains("glossary.tsv: format tsv, 3 cards", "1 line skipped");
        JsonNode export = export(data);
        assertThat(export.get("cards").findValuesAsText("front"))
                .doesNotContain("Churn")
                .contains("Advocate");
        assertThat(export.get("decks").get(0).get("options").toString())
                .isEqualTo("{\"layout\":\"answer-first\",\"skipLines\":1}");

        assertThat(CliRun.of("import", deck.toString(), "--skip-lines", "1", "--data", store)
                        .out())
                .contains("unchanged glossary.tsv");
        CliRun changed = CliRun.of("import", deck.toString(), "--skip-lines", "0", "--data", store);
        assertThat(changed.out()).contains("glossary.tsv: format tsv, 4 cards").doesNotContain("unchanged");
        assertThat(export(data).get("decks").get(0).get("options").toString())
                .isEqualTo("{\"layout\":\"answer-first\",\"skipLines\":0}");
    }

    @Test
    void a_bad_layout_or_number_of_lines_is_a_usage_error_of_one_line() {
        CliRun layout = CliRun.of("import", "deck.txt", "--layout", "sideways");
        assertThat(layout.code()).isEqualTo(2);
        assertThat(layout.err().lines().toList())
                .singleElement()
                .asString()
                .contains("--layout", "'sideways' is not a layout", "term-first", "answer-first");
        CliRun lines = CliRun.of("import", "deck.txt", "--skip-lines", "-3");
        assertThat(lines.code()).isEqualTo(2);
        assertThat(lines.err().lines().toList()).singleElement().asString().contains("--skip-lines", "between 0 and");
    }

    @Test
    void
            separators_given_once_cut_a_one_line_export_into_its_cards_are_remembered_and_a_changed_separator_reads_it_again()
                    throws Exception {
        Path data = TestGraph.newDataDir("cli-separators");
        Path notes = Files.createDirectories(data.resolveSibling(data.getFileName() + "-notes"));
        Path deck = Files.writeString(
                notes.resolve("quizlet.txt"),
                "Churn - The share of customers who stop buying in a period."
                        + ";Touchpoint - Any moment where a customer meets the brand.;Advocate - A customer who recommends the brand to others.");
        String store = data.toString();

        CliRun asked = CliRun.of(
                "import", deck.toString(), "--separator", " - ", "--card-separator", "semicolon", "--data", store);
        assertThat(asked.code()).as(asked.err()).isZero();
        assertThat(asked.out())
                .contains(
                        "quizlet.txt: format delimited(term/definition dash, cards semicolon), 3 cards",
                        "separators as asked");
        JsonNode export = export(data);
        assertThat(export.get("cards").findValuesAsText("front")).containsExactly("Churn", "Touchpoint", "Advocate");
        assertThat(export.get("cards").findValuesAsText("back"))
                .first()
                .isEqualTo("The share of customers who stop buying in a period.");
        assertThat(export.get("decks").get(0).get("options").toString())
                .isEqualTo("{\"layout\":\"auto\",\"skipLines\":0,\"separator\":\" - \",\"cardSeparator\":\";\"}");

        assertThat(CliRun.of("import", deck.toString(), "--data", store).out()).contains("unchanged quizlet.txt");
        Files.writeString(
                deck,
                Files.readString(deck) + ";Net promoter score - How likely customers are to recommend the brand.");
        CliRun remembered = CliRun.of("import", deck.toString(), "--data", store);
        assertThat(remembered.out())
                .contains(
                        "quizlet.txt: format delimited(term/definition dash, cards semicolon), 4 cards",
                        "separators as asked");

        CliRun oneCardPerLine = CliRun.of("import", deck.toString(), "--separator", "dash", "--data", store);
        assertThat(oneCardPerLine.out())
                .contains("quizlet.txt: format delimited(term/definition dash, cards new line), 1 cards")
                .doesNotContain("unchanged");
        assertThat(export(data)
                        .get("decks")
                        .get(0)
                        .get("options")
                        .get("cardSeparator")
                        .asText())
                .isEqualTo("\n");

        CliRun found = CliRun.of("import", deck.toString(), "--separator", "auto", "--data", store);
        assertThat(found.out())
                .contains("quizlet.txt: format delimited(term/definition dash, cards semicolon), 4 cards")
                .doesNotContain("separators as asked");
        assertThat(export(data).get("decks").get(0).get("options").toString())
                .isEqualTo("{\"layout\":\"auto\",\"skipLines\":0}");
    }

    @Test
    void a_bad_separator_or_a_card_separator_alone_is_a_usage_error_of_one_line() {
        CliRun empty = CliRun.of("import", "deck.txt", "--separator", "");
        assertThat(empty.code()).isEqualTo(2);
        assertThat(empty.err().lines().toList()).singleElement().asString().contains("--separator", "cannot be empty");
        CliRun same = CliRun.of("import", "deck.txt", "--separator", "semicolon", "--card-separator", ";");
        assertThat(same.code()).isEqualTo(2);
        assertThat(same.err().lines().toList()).singleElement().asString().contains("--separator", "must differ");
        CliRun alone = CliRun.of("import", "deck.txt", "--card-separator", "semicolon");
        assertThat(alone.code()).isEqualTo(2);
        assertThat(alone.err().lines().toList())
                .singleElement()
                .asString()
                .contains("--card-separator needs --separator", "--separator alone for one card per line");
    }

    private static JsonNode export(Path data) throws Exception {
        Path out = data.resolveSibling(data.getFileName() + "-" + System.nanoTime() + ".json");
        CliRun exported = CliRun.of("export", "--out", out.toString(), "--data", data.toString());
        assertThat(exported.code()).as(exported.err()).isZero();
        return Json.MAPPER.readTree(out.toFile());
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
