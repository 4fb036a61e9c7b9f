package crmgraph.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import crmgraph.Json;
import crmgraph.app.App;
import crmgraph.testing.CliRun;
import crmgraph.testing.TestGraph;
import crmgraph.web.Http;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Documents end to end, as a student runs them: {@code crmgraph import} of a Word document, a PDF
 * and an Anki package into a store of their own, then {@code export}; cards keep their position in
 * the file, and a document that cannot be read is named while the others import.
 */
class DocumentImportIT {

    @Test
    void a_word_document_imports_its_glossary_table_and_notes_with_paragraph_positions() throws Exception {
        byte[] docx = WordFixture.document()
                .heading(1, "Customer retention")
                .paragraph("Retention marketing keeps existing customers buying instead of chasing new ones.")
                .heading(2, "Retention terms")
                .table(
                        true,
                        new String[] {"Term", "Definition"},
                        new String[] {"Churn rate", "The share of customers who stop buying within a period."},
                        new String[] {
                            "Win-back campaign", "A campaign that wins lapsed customers back with a tailored offer."
                        })
                .bytes();
        Path folder = folder("docx");
        Files.write(folder.resolve("retention-notes.docx"), docx);

        JsonNode export = importAndExport(folder, "retention-notes.docx: format docx");

        JsonNode deck = only(export.get("decks"));
        assertThat(deck.get("source").asText()).isEqualTo("retention-notes.docx");
        assertThat(deck.get("format").asText()).isEqualTo("docx");
        JsonNode churn = concept(export, "Churn rate");
        assertThat(churn.get("definitions").get(0).get("text").asText())
                .startsWith("The share of customers who stop buying");
        JsonNode card = card(export, churn.get("definitions").get(0).get("card").asText());
        assertThat(card.get("position").asText()).isEqualTo("table 1, row 2");
        assertThat(names(export)).contains("Win-back campaign");
    }

    @Test
    void a_pdf_of_slides_imports_its_bulleted_terms_with_page_and_line_positions_and_drops_its_furniture()
            throws Exception {
        PdfFixture pdf = new PdfFixture().furniture("CRM 201 Lecture 4", "Page %d of %d");
        pdf.page()
                .bold(16, "Service quality")
                .gap(8)
                .item(72, 12, "\u2022", "SERVQUAL: a survey that compares what customers expect with what they get.")
                .item(72, 12, "\u2022", "Service recovery: putting a failed service right so the customer stays.");
        pdf.page()
                .bold(16, "Customer value")
                .gap(8)
                .item(
                        72,
                        12,
                        "\u2022",
                        "Share of wallet: the part of a customer's spending in a category that one firm wins.");
        pdf.page()
                .bold(16, "Loyalty")
                .gap(8)
                .item(72, 12, "\u2022", "Advocacy: customers recommending the firm to others unprompted.");
        Path folder = folder("pdf");
        Files.write(folder.resolve("lecture-4.pdf"), pdf.bytes());

        JsonNode export = importAndExport(folder, "lecture-4.pdf: format pdf");

        assertThat(only(export.get("decks")).get("format").asText()).isEqualTo("pdf");
        JsonNode wallet = concept(export, "Share of wallet");
        assertThat(wallet.get("definitions").get(0).get("text").asText()).contains("part of a customer's spending");
        assertThat(card(export, wallet.get("definitions").get(0).get("card").asText())
                        .get("position")
                        .asText())
                .startsWith("page 2, line");
        assertThat(names(export))
                .contains("SERVQUAL", "Service recovery", "Advocacy")
                .noneMatch(n -> n.contains("Lecture 4") || n.startsWith("Page "));
    }

    @Test
    void an_anki_package_imports_each_anki_deck_as_a_deck_with_cloze_notes_tags_and_note_positions() throws Exception {
        byte[] apkg = new AnkiPackageFixture()
                .deck(11, "CRM::Retention")
                .deck(12, "CRM::Service quality")
                .note(
                        1_681_234_567_001L,
                        AnkiPackageFixture.BASIC,
                        11,
                        "retention week2",
                        "Churn rate",
                        "The share of customers who stop buying within a period.")
                .note(
                        1_681_234_567_002L,
                        AnkiPackageFixture.CLOZE,
                        11,
                        "",
                        "{{c1::Customer lifetime value}} is the net profit a customer brings over the whole relationship.",
                        "")
                .note(
                        1_681_234_567_003L,
                        AnkiPackageFixture.DEFINITION_FIRST,
                        12,
                        "servqual",
                        "The five dimensions customers judge a service by.",
                        "SERVQUAL model")
                .apkg(AnkiPackageFixture.Layout.SCHEMA_18);
        Path folder = folder("apkg");
        Files.write(folder.resolve("shared-crm.apkg"), apkg);

        JsonNode export = importAndExport(folder, "format apkg");

        assertThat(export.get("decks"))
                .extracting(d -> d.get("name").asText())
                .containsExactly("CRM › Retention", "CRM › Service quality");
        assertThat(export.get("decks"))
                .allSatisfy(d -> assertThat(d.get("source").asText()).isEqualTo("shared-crm.apkg"));
        JsonNode churn = concept(export, "Churn rate");
        JsonNode churnCard =
                card(export, churn.get("definitions").get(0).get("card").asText());
        assertThat(churnCard.get("position").asText()).isEqualTo("note 1681234567001");
        assertThat(churnCard.get("tags")).extracting(JsonNode::asText).containsExactly("retention", "week2");
        JsonNode clv = concept(export, "Customer lifetime value");
        assertThat(clv.get("definitions").get(0).get("text").asText()).contains("net profit a customer brings");
        assertThat(concept(export, "SERVQUAL model")
                        .get("definitions")
                        .get(0)
                        .get("text")
                        .asText())
                .isEqualTo("The five dimensions customers judge a service by.");
    }

    @Test
    void a_package_that_cannot_be_read_is_named_and_the_other_files_still_import() throws Exception {
        Path folder = folder("bad-documents");
        Files.write(folder.resolve("broken.apkg"), AnkiPackageFixture.zip(java.util.Map.of("readme.txt", new byte[] {'x'
        })));
        Files.write(
                folder.resolve("notes.docx"),
                WordFixture.document()
                        .heading(1, "Loyalty")
                        .paragraph("Loyalty is repeat buying with an attachment to the brand.")
                        .bytes());
        Path data = TestGraph.newDataDir("bad-documents");
        CliRun run = CliRun.of("import", folder.toString(), "--data", data.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("broken.apkg: not an Anki package");
        assertThat(run.out()).contains("notes.docx: format docx");
    }

    @Test
    void an_anki_package_uploaded_on_the_import_page_previews_its_first_deck_names_the_others_and_imports_all() {
        byte[] apkg = new AnkiPackageFixture()
                .deck(21, "Upload week::Alpha")
                .deck(22, "Upload week::Beta")
                .note(
                        1_690_000_000_001L,
                        AnkiPackageFixture.BASIC,
                        21,
                        "",
                        "Quenched loyalty ladder",
                        "A ladder of loyalty stages a customer climbs from prospect to advocate.")
                .note(
                        1_690_000_000_002L,
                        AnkiPackageFixture.BASIC,
                        22,
                        "",
                        "Quenched service recovery",
                        "Putting a failed service right so the customer stays.")
                .apkg(AnkiPackageFixture.Layout.SCHEMA_11);
        Javalin app = App.create(TestGraph.store(), Optional.empty()).start("127.0.0.1", 0);
        try {
            Http http = Http.local(app.port());
            HttpResponse<String> preview =
                    http.multipart("/import/preview", Map.of("text", ""), "upload-week.apkg", apkg, Map.of());
            assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
            assertThat(preview.body())
                    .contains(
                            "Preview: upload-week.apkg › Upload week::Alpha",
                            "Quenched loyalty ladder",
                            "id=\"other-decks\"",
                            "Upload week::Beta",
                            "note 1690000000001");
            HttpResponse<String> done =
                    http.form("/import", Map.of("pending", Http.pendingId(preview.body())), Map.of());
            assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
            assertThat(done.body()).contains("upload-week-apkg-upload-week-alpha", "upload-week-apkg-upload-week-beta");
            assertThat(http.get("/decks/upload-week-apkg-upload-week-beta").body())
                    .contains("Quenched service recovery", "note 1690000000002");
        } finally {
            app.stop();
        }
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
