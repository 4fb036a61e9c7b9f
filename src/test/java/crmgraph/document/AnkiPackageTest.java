package crmgraph.document;

import static crmgraph.document.AnkiPackageFixture.BASIC;
import static crmgraph.document.AnkiPackageFixture.CLOZE;
import static crmgraph.document.AnkiPackageFixture.DEFINITION_FIRST;
import static crmgraph.document.AnkiPackageFixture.EXAMPLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import crmgraph.CrmgraphException;
import crmgraph.document.AnkiPackageFixture.Layout;
import crmgraph.read.Card;
import crmgraph.read.DeckReader;
import crmgraph.read.Position;
import crmgraph.read.ReadDeck;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AnkiPackageTest {

    private static final String HEADER = "#separator:tab\n#html:false\n#tags column:3\n#deck column:4\n";
    private static final long WEEK_1 = 1_681_100_000_001L;
    private static final long WEEK_2 = 1_681_100_000_002L;
    private static final long CRM = 1_681_100_000_003L;
    private static final long CLV = 1_681_234_567_001L;
    private static final long CHURN = 1_681_234_567_002L;

    private static AnkiPackageFixture twoBasicNotes() {
        return new AnkiPackageFixture()
                .deck(WEEK_1, "CRM::Week 1")
                .note(
                        CLV,
                        BASIC,
                        WEEK_1,
                        "crm clv",
                        "Customer lifetime value",
                        "The net profit a customer brings over the whole relationship.")
                .note(
                        CHURN,
                        BASIC,
                        WEEK_1,
                        "retention",
                        "Churn rate",
                        "The share of customers who stop buying in a period.");
    }

    private static List<OpenedText> open(byte[] apkg) {
        return new AnkiPackage().open("crm.apkg", apkg);
    }

    private static ReadDeck read(OpenedText opened) {
        return new DeckReader().read("deck.txt", opened.text());
    }

    private static List<List<String>> sides(ReadDeck deck) {
        return deck.cards().stream().map(c -> List.of(c.front(), c.back())).toList();
    }

    @Test
    void basic_notes_of_an_old_layout_package_become_an_anki_plain_text_export() {
        List<OpenedText> opened = open(twoBasicNotes().apkg(Layout.SCHEMA_11));

        assertThat(opened).hasSize(1);
        OpenedText week1 = opened.get(0);
        assertThat(week1.part()).isEqualTo("CRM::Week 1");
        assertThat(week1.format()).isEqualTo("apkg");
        assertThat(week1.warnings()).isEmpty();
        assertThat(week1.text())
                .isEqualTo(HEADER
                        + "Customer lifetime value\tThe net profit a customer brings over the whole relationship.\tcrm clv\tCRM::Week 1\n"
                        + "Churn rate\tThe share of customers who stop buying in a period.\tretention\tCRM::Week 1");
        ReadDeck deck = read(week1);
        assertThat(deck.format()).isEqualTo("tsv");
        assertThat(deck.name()).isEqualTo("CRM \u203a Week 1");
        assertThat(sides(deck))
                .containsExactly(
                        List.of(
                                "Customer lifetime value",
                                "The net profit a customer brings over the whole relationship."),
                        List.of("Churn rate", "The share of customers who stop buying in a period."));
    }

    @Test
    void the_same_notes_in_the_new_layout_give_the_same_text_and_not_the_legacy_stub() {
        AnkiPackageFixture fixture = twoBasicNotes()
                .note(1_681_234_567_003L, CLOZE, WEEK_1, "", "{{c1::Retention}} keeps customers buying", "");

        List<OpenedText> legacy = open(fixture.apkg(Layout.SCHEMA_11));
        List<OpenedText> current = open(fixture.apkg(Layout.SCHEMA_18));

        assertThat(current).isEqualTo(legacy);
        assertThat(current.get(0).text()).doesNotContain("Please update");
        assertThat(read(current.get(0)).cards()).hasSize(3);
    }

    @Test
    void a_colpkg_with_only_an_anki2_collection_is_read() {
        byte[] collection = twoBasicNotes().collection(Layout.SCHEMA_11);
        byte[] colpkg = AnkiPackageFixture.zip(Map.of("collection.anki2", collection));

        List<OpenedText> opened = new AnkiPackage().open("backup.colpkg", colpkg);

        assertThat(opened).extracting(OpenedText::part).containsExactly("CRM::Week 1");
        assertThat(sides(read(opened.get(0))))
                .extracting(s -> s.get(0))
                .containsExactly("Customer lifetime value", "Churn rate");
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void cloze_notes_keep_their_deletions_as_written_with_the_extra_as_second_column(Layout layout) {
        byte[] apkg = new AnkiPackageFixture()
                .deck(WEEK_1, "CRM::Week 1")
                .note(
                        1_681_234_567_010L,
                        CLOZE,
                        WEEK_1,
                        "churn",
                        "{{c1::Churn}} is the share of customers lost in a period, {{c2::retention}} the share kept",
                        "Both are measured per cohort.")
                .apkg(layout);

        OpenedText week1 = open(apkg).get(0);

        assertThat(week1.text())
                .isEqualTo(HEADER + "{{c1::Churn}} is the share of customers lost in a period, {{c2::retention}} the"
                        + " share kept\tBoth are measured per cohort.\tchurn\tCRM::Week 1");
        assertThat(sides(read(week1)))
                .containsExactly(List.of(
                        "_____ is the share of customers lost in a period, _____ the share kept",
                        "Churn; retention\n\nBoth are measured per cohort."));
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void fields_named_as_sides_are_taken_by_name_whatever_their_order(Layout layout) {
        byte[] apkg = new AnkiPackageFixture()
                .deck(WEEK_1, "CRM::Week 1")
                .note(
                        1_681_234_567_020L,
                        DEFINITION_FIRST,
                        WEEK_1,
                        "",
                        "The share of customers a firm keeps over a period.",
                        "Retention rate")
                .apkg(layout);

        OpenedText week1 = open(apkg).get(0);

        assertThat(week1.text())
                .endsWith("\nRetention rate\tThe share of customers a firm keeps over a period.\t\tCRM::Week 1");
        assertThat(sides(read(week1)))
                .containsExactly(List.of("Retention rate", "The share of customers a firm keeps over a period."));
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void html_lists_and_line_breaks_are_kept_and_media_and_styling_dropped(Layout layout) {
        long servqual = 1_681_234_567_030L;
        long cycle = 1_681_234_567_031L;
        byte[] apkg = new AnkiPackageFixture()
                .deck(WEEK_1, "CRM::Week 1")
                .note(
                        servqual,
                        BASIC,
                        WEEK_1,
                        "servqual",
                        "<b>SERVQUAL</b> dimensions",
                        "<style>.x { color: red; }</style><div>Five dimensions of service quality:</div>"
                                + "<ul><li>Reliability</li><li>Assurance</li><li><span style=\"color: blue\">Tangibles</span></li>"
                                + "<li>Empathy</li><li>Responsiveness</li></ul><img src=\"servqual.png\">[sound:servqual.mp3]")
                .note(
                        cycle,
                        BASIC,
                        WEEK_1,
                        "",
                        "The CRM cycle<br>in three steps",
                        "<ol><li>Acquire</li><li>Develop&nbsp;&amp; grow</li><li>Retain &quot;good&quot; customers</li></ol>")
                .apkg(layout);

        OpenedText week1 = open(apkg).get(0);

        assertThat(week1.text())
                .isEqualTo(
                        HEADER
                                + "SERVQUAL dimensions\t\"Five dimensions of service quality:\n- Reliability\n- Assurance\n- Tangibles\n- Empathy\n"
                                + "- Responsiveness\"\tservqual\tCRM::Week 1\n"
                                + "\"The CRM cycle\nin three steps\"\t\"1. Acquire\n2. Develop & grow\n3. Retain \"\"good\"\" customers\"\t\tCRM::Week 1");
        assertThat(sides(read(week1)))
                .containsExactly(
                        List.of(
                                "SERVQUAL dimensions",
                                "Five dimensions of service quality:\n- Reliability\n- Assurance\n- Tangibles\n- Empathy\n- Responsiveness"),
                        List.of(
                                "The CRM cycle\nin three steps",
                                "1. Acquire\n2. Develop & grow\n3. Retain \"good\" customers"));
        assertThat(week1.warnings()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void fields_beyond_front_and_back_are_named_in_one_warning_per_field(Layout layout) {
        byte[] apkg = new AnkiPackageFixture()
                .deck(WEEK_1, "CRM::Week 1")
                .note(
                        1_681_234_567_080L,
                        EXAMPLE,
                        WEEK_1,
                        "",
                        "Upselling",
                        "Selling a dearer version of what the customer buys.",
                        "A phone plan with more data.")
                .note(1_681_234_567_081L, EXAMPLE, WEEK_1, "", "Cross-selling", "Selling a related product.", "")
                .note(
                        1_681_234_567_082L,
                        EXAMPLE,
                        WEEK_1,
                        "",
                        "Down-selling",
                        "Offering a cheaper option.",
                        "A basic plan.")
                .apkg(layout);

        OpenedText week1 = open(apkg).get(0);

        assertThat(week1.warnings())
                .containsExactly(
                        "note 1681234567080 and 1 more: field \"Example\" of note type \"Term with example\" is not read"
                                + " (a card has only a front and a back)");
        assertThat(sides(read(week1)))
                .extracting(s -> s.get(0))
                .containsExactly("Upselling", "Cross-selling", "Down-selling");
    }

    @Test
    void field_html_becomes_lines_with_nested_lists_indented() {
        assertThat(AnkiFieldText.of("<div>Loyalty&nbsp;programmes</div><div><br></div><ol start=\"3\"><li>Points"
                        + "<ul><li>earned per purchase</li></ul></li><li>Tiers</li></ol><script>alert(1)</script>"))
                .isEqualTo("Loyalty programmes\n\n3. Points\n  - earned per purchase\n4. Tiers");
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void a_note_with_only_media_is_left_out_with_a_warning_and_one_with_an_empty_back_is_kept(Layout layout) {
        byte[] apkg = twoBasicNotes()
                .note(1_681_234_567_040L, BASIC, WEEK_1, "", "<img src=\"crm-cycle.png\">", "[sound:crm-cycle.mp3]")
                .note(1_681_234_567_041L, BASIC, WEEK_1, "cac", "Customer acquisition cost", "")
                .apkg(layout);

        OpenedText week1 = open(apkg).get(0);

        assertThat(week1.warnings()).containsExactly("note 1681234567040: only images or sounds, no text");
        assertThat(week1.text())
                .doesNotContain("crm-cycle")
                .endsWith("\nCustomer acquisition cost\t\tcac\tCRM::Week 1");
        assertThat(sides(read(week1)))
                .containsExactly(
                        List.of(
                                "Customer lifetime value",
                                "The net profit a customer brings over the whole relationship."),
                        List.of("Churn rate", "The share of customers who stop buying in a period."),
                        List.of("Customer acquisition cost", ""));
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void several_decks_become_several_texts_in_deck_order_each_note_in_its_first_cards_deck(Layout layout) {
        long reversed = 1_681_234_567_050L;
        byte[] apkg = new AnkiPackageFixture()
                .deck(WEEK_2, "CRM::Week 2")
                .deck(WEEK_1, "CRM::Week 1")
                .deck(CRM, "CRM")
                .note(
                        1_681_234_567_051L,
                        BASIC,
                        WEEK_2,
                        "",
                        "Net promoter score",
                        "Promoters minus detractors, in percent.")
                .note(1_681_234_567_052L, BASIC, CRM, "", "CRM", "Managing the relationship with each customer.")
                .note(reversed, BASIC, WEEK_1, "", "Customer lifetime value", "The net profit a customer brings.")
                .card(reversed, WEEK_2, 1)
                .apkg(layout);

        List<OpenedText> opened = open(apkg);

        assertThat(opened).extracting(OpenedText::part).containsExactly("CRM", "CRM::Week 1", "CRM::Week 2");
        assertThat(opened)
                .extracting(o -> sides(read(o)).get(0).get(0))
                .containsExactly("CRM", "Customer lifetime value", "Net promoter score");
        assertThat(opened)
                .extracting(o -> read(o).name())
                .containsExactly("CRM", "CRM \u203a Week 1", "CRM \u203a Week 2");
    }

    @Test
    void deck_order_goes_level_by_level_ignoring_case() {
        List<String> names = Stream.of("crm 2", "CRM::week 2", "CRM", "CRM::Week 1", "Basics")
                .sorted(AnkiCollection.DECK_ORDER)
                .toList();

        assertThat(names).containsExactly("Basics", "CRM", "CRM::Week 1", "CRM::week 2", "crm 2");
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void tags_stay_in_the_tags_column_and_out_of_the_cards(Layout layout) {
        byte[] apkg = new AnkiPackageFixture()
                .deck(WEEK_1, "CRM::Week 1")
                .note(
                        1_681_234_567_060L,
                        BASIC,
                        WEEK_1,
                        "crm::metrics  exam-2024",
                        "Share of wallet",
                        "The part of a customer's spending in a category that goes to one firm.")
                .apkg(layout);

        OpenedText week1 = open(apkg).get(0);

        assertThat(week1.text().split("\n")[4].split("\t"))
                .containsExactly(
                        "Share of wallet",
                        "The part of a customer's spending in a category that goes to one firm.",
                        "crm::metrics exam-2024",
                        "CRM::Week 1");
        ReadDeck deck = read(week1);
        assertThat(deck.cards())
                .extracting(Card::front, Card::back)
                .containsExactly(tuple(
                        "Share of wallet", "The part of a customer's spending in a category that goes to one firm."));
    }

    @Test
    void positions_map_header_lines_and_every_line_of_a_note_to_that_note() {
        long multiLine = 1_681_234_567_070L;
        byte[] apkg = twoBasicNotes()
                .note(
                        multiLine,
                        BASIC,
                        WEEK_1,
                        "",
                        "CRM types",
                        "<ul><li>Operational</li><li>Analytical</li><li>Collaborative</li></ul>")
                .apkg(Layout.SCHEMA_18);

        OpenedText week1 = open(apkg).get(0);

        assertThat(week1.positions().positions())
                .hasSize(week1.text().split("\n", -1).length)
                .containsExactly(
                        new Position("", "header line", 1),
                        new Position("", "header line", 2),
                        new Position("", "header line", 3),
                        new Position("", "header line", 4),
                        new Position("", "note", CLV),
                        new Position("", "note", CHURN),
                        new Position("", "note", multiLine),
                        new Position("", "note", multiLine),
                        new Position("", "note", multiLine));
        Card types = read(week1).cards().get(2);
        assertThat(types.front()).isEqualTo("CRM types");
        // the card's end line only: DelimitedReader puts a quoted record's first line too early after blank or header
        // lines
        assertThat(week1.positions().at(types.endLine())).isEqualTo(new Position("", "note", multiLine));
        assertThat(week1.positions().describe(7, 9)).isEqualTo("note " + multiLine);
    }

    @Test
    void bytes_that_are_not_a_zip_are_refused() {
        assertThatThrownBy(() -> open("front\tback\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CrmgraphException.class)
                .hasMessage("crm.apkg: not an Anki package: the file is not a zip archive");
    }

    @Test
    void a_zip_without_a_collection_is_refused() {
        byte[] zip = AnkiPackageFixture.zip(
                Map.of("media", "{}".getBytes(StandardCharsets.UTF_8), "notes.txt", new byte[] {'x'}));

        assertThatThrownBy(() -> open(zip))
                .isInstanceOf(CrmgraphException.class)
                .hasMessage("crm.apkg: not an Anki package: no collection inside");
    }

    @Test
    void a_collection_that_is_not_sqlite_is_refused_as_damaged() {
        byte[] zip = AnkiPackageFixture.zip(
                Map.of("collection.anki21", "not a database at all".repeat(100).getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> open(zip))
                .isInstanceOf(CrmgraphException.class)
                .hasMessageStartingWith("crm.apkg: the Anki collection inside is damaged or truncated");
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void a_truncated_collection_is_refused_as_damaged(Layout layout) {
        byte[] collection = twoBasicNotes().collection(layout);
        byte[] half = Arrays.copyOf(collection, collection.length / 2);
        byte[] zip = layout == Layout.SCHEMA_11
                ? AnkiPackageFixture.zip(Map.of("collection.anki21", half))
                : AnkiPackageFixture.zip(
                        Map.of("collection.anki21b", halfOf(com.github.luben.zstd.Zstd.compress(collection))));

        assertThatThrownBy(() -> open(zip))
                .isInstanceOf(CrmgraphException.class)
                .hasMessageStartingWith("crm.apkg: the Anki collection inside is damaged or truncated");
    }

    private static byte[] halfOf(byte[] bytes) {
        return Arrays.copyOf(bytes, bytes.length / 2);
    }

    @Test
    void a_truncated_zip_is_refused_as_damaged() {
        byte[] apkg = twoBasicNotes().apkg(Layout.SCHEMA_11);

        assertThatThrownBy(() -> open(halfOf(apkg)))
                .isInstanceOf(CrmgraphException.class)
                .hasMessage(
                        "crm.apkg: the Anki package is damaged or truncated (its zip cannot be read: it ends too early)");
        assertThatThrownBy(() -> open(Arrays.copyOf(apkg, 40)))
                .isInstanceOf(CrmgraphException.class)
                .hasMessage(
                        "crm.apkg: the Anki package is damaged or truncated (its zip cannot be read: it ends too early)");
    }

    @Test
    void a_package_without_notes_is_refused() {
        assertThatThrownBy(() -> open(
                        new AnkiPackageFixture().deck(WEEK_1, "CRM::Week 1").apkg(Layout.SCHEMA_18)))
                .isInstanceOf(CrmgraphException.class)
                .hasMessage("crm.apkg: no notes in this Anki package");
    }

    @Test
    void a_package_unpacking_past_the_cap_is_refused_as_a_zip_bomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_SPEED);
            zip.putNextEntry(new ZipEntry("collection.anki21"));
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written <= AnkiZip.MAX_UNPACKED_BYTES; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }

        assertThatThrownBy(() -> open(bytes.toByteArray()))
                .isInstanceOf(CrmgraphException.class)
                .hasMessage(
                        "crm.apkg: the Anki package unpacks to more than 512 MB; it is refused as a possible zip bomb");
    }

    @Test
    void a_zip_entry_named_as_a_path_outside_is_never_written_and_no_temp_file_is_left() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> targets = List.of(
                tmp.resolve("../../evil.txt").normalize(),
                tmp.resolve("../evil.txt").normalize(),
                Path.of("../../evil.txt").toAbsolutePath().normalize(),
                Path.of("evil.txt").toAbsolutePath());
        long before = leftovers(tmp);

        List<OpenedText> opened = open(twoBasicNotes()
                .entry("../../evil.txt", "owned".getBytes(StandardCharsets.UTF_8))
                .entry("../../collection.anki21b", "owned".getBytes(StandardCharsets.UTF_8))
                .apkg(Layout.SCHEMA_11));

        assertThat(opened).hasSize(1);
        assertThat(targets).allSatisfy(p -> assertThat(p).doesNotExist());
        assertThat(leftovers(tmp)).isEqualTo(before);
    }

    private static long leftovers(Path tmp) throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("crmgraph-anki-"))
                    .count();
        }
    }

    @Test
    void no_temp_file_is_left_when_the_package_is_refused() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = leftovers(tmp);
        byte[] zip = AnkiPackageFixture.zip(
                Map.of("collection.anki21", "not a database at all".getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> open(zip)).isInstanceOf(CrmgraphException.class);
        assertThat(leftovers(tmp)).isEqualTo(before);
    }
}
