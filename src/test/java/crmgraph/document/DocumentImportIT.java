package crmgraph.document;

import com.fasterxml.jackson.databind.JsonNode;
import crmgraph.app.Json;
import crmgraph.testing.CliRun;
import crmgraph.testing.TestGraph;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents end to end, as a student runs them: {@code crmgraph import} of a Word document, a PDF
 * and an Anki package into a store of their own, then {@code export}; cards keep their position in
 * the file, and a document that cannot be read is named while the others import.
 */
class DocumentImportIT {

    @Test
    void a_word_document_imports_its_glossary_table_and_notes_with_paragraph_positions() throws Exception {
        byte[] docx = WordFixture.document().heading(1, "Customer retention")
                .paragraph("Retention marketing keeps existing customers buying instead of chasing new ones.")
                .heading(2, "Retention terms")
                .table(true, new String[] {"Term", "Definition"},
                        new String[] {"Churn rate", "The share of customers who stop buying within a period."},
                        new String[] {"Win-back campaign", "A campaign that wins lapsed customers back with a tailored offer."})
                .bytes();
        Path folder = folder("docx");
        Files.write(folder.resolve("retention-notes.docx"), docx);

        JsonNode export = importAndExport(folder, "retention-notes.docx: format docx");

        JsonNode deck = only(export.get("decks"));
        assertThat(deck.get("source").asText()).isEqualTo("retention-notes.docx");
        assertThat(deck.get("format").asText()).isEqualTo("docx");
        JsonNode churn = concept(export, "Churn rate");
        assertThat(churn.get("definitions").get(0).get("text").asText()).startsWith("The share of customers who stop buying");
        JsonNode card = card(export, churn.get("definitions").get(0).get("card").asText());
        assertThat(card.get("position").asText()).isEqualTo("table 1, row 2");
        assertThat(names(export)).contains("Win-back campaign");
    }

    static JsonNode importAndExport(Path folder, String expectedLine) throws Exception {
        Path data = TestGraph.newDataDir("documents");
        Path out = data.resolveSibling(data.getFileName() + ".json");
        CliRun imported = CliRun.of("import", folder.toString(), "--data", data.toString());
        assertThat(imported.out()).as(imported.err()).contains(expectedLine);
        CliRun exported = CliRun.of("export", "--out", out.toString(), "--data", data.toString());
        assertThat(exported.code()).as(exported.err()).isZero();
        return Json.MAPPER.readTree(out.toFile());
    }

    static Path folder(String name) throws Exception {
        Path data = TestGraph.newDataDir(name);
        return Files.createDirectories(data.resolve("notes"));
    }

    static JsonNode only(JsonNode array) {
        assertThat(array).hasSize(1);
        return array.get(0);
    }

    static JsonNode concept(JsonNode export, String name) {
        for (JsonNode c : export.get("concepts")) {
            if (c.get("name").asText().equalsIgnoreCase(name)) {
                return c;
            }
        }
        throw new AssertionError("no concept " + name + " in " + names(export));
    }

    static JsonNode card(JsonNode export, String id) {
        for (JsonNode c : export.get("cards")) {
            if (c.get("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no card " + id);
    }

    static List<String> names(JsonNode export) {
        List<String> names = new ArrayList<>();
        export.get("concepts").forEach(c -> names.add(c.get("name").asText()));
        return names;
    }
}
