package crmgraph.document;

import static crmgraph.document.WordFixture.document;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import crmgraph.BadInputException;
import crmgraph.read.Card;
import crmgraph.read.DeckReader;
import crmgraph.read.Position;
import crmgraph.read.ReadDeck;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordNotesTest {

    private static final String NAME = "crm-week3.docx";

    @Test
    void heading_styles_by_id_alone_become_headings_shifted_so_the_top_level_used_is_one_hash() {
        OpenedText notes = open(document()
                .heading(2, "Customer retention")
                .paragraph("Keeping a customer costs less than winning a new one.")
                .heading(3, "Churn")
                .paragraph("Churn is the share of customers lost in a period.")
                .bytes());
        assertThat(notes.text())
                .isEqualTo("# Customer retention\n\nKeeping a customer costs less than winning a new one.\n\n"
                        + "## Churn\n\nChurn is the share of customers lost in a period.");
        assertThat(cards(notes))
                .containsExactly(
                        "PASSAGE Customer retention => Keeping a customer costs less than winning a new one.",
                        "PASSAGE Churn => Churn is the share of customers lost in a period.");
        assertThat(read(notes).cards().get(1).section()).isEqualTo("Customer retention \u203A Churn");
    }

    @Test
    void a_title_and_a_top_heading_are_both_one_hash() {
        OpenedText notes = open(document()
                .title("CRM revision")
                .heading(1, "The CRM cycle")
                .paragraph("Acquire, retain, grow.")
                .heading(2, "Acquisition")
                .paragraph("Winning customers who fit the offer.")
                .bytes());
        assertThat(notes.text())
                .isEqualTo("# CRM revision\n\n# The CRM cycle\n\nAcquire, retain, grow.\n\n## Acquisition\n\n"
                        + "Winning customers who fit the offer.");
    }

    @Test
    void headings_are_found_by_their_style_name_when_the_style_id_is_another_languages() {
        OpenedText notes = open(document()
                .headingStyles("Kop")
                .styled("Kop1", "Service quality")
                .paragraph("What customers expect and get.")
                .styled("Kop2", "SERVQUAL")
                .paragraph("Five dimensions of service quality.")
                .bytes());
        assertThat(notes.text())
                .isEqualTo("# Service quality\n\nWhat customers expect and get.\n\n## SERVQUAL\n\n"
                        + "Five dimensions of service quality.");
    }

    @Test
    void real_style_definitions_with_words_ids_resolve_too() {
        OpenedText notes = open(document()
                .headingStyles("Heading")
                .heading(1, "Loyalty")
                .paragraph("Repeat buying with attachment.")
                .bytes());
        assertThat(notes.text()).isEqualTo("# Loyalty\n\nRepeat buying with attachment.");
    }

    @Test
    void an_outline_level_on_a_style_or_on_the_paragraph_makes_a_heading() {
        OpenedText notes = open(document()
                .outlineStyle("ChapterHead", 0)
                .styled("ChapterHead", "Customer value")
                .outlined(1, "Lifetime value")
                .paragraph("The margin a customer brings over the whole relationship.")
                .bytes());
        assertThat(notes.text())
                .isEqualTo(
                        "# Customer value\n\n## Lifetime value\n\nThe margin a customer brings over the whole relationship.");
    }

    @Test
    void a_short_bold_line_standing_alone_is_a_heading_one_level_under_the_current_one() {
        OpenedText notes = open(document()
                .heading(1, "Service quality")
                .bold("Reliability")
                .paragraph("Doing what was promised, dependably.")
                .empty()
                .bold("Responsiveness")
                .empty()
                .paragraph("Willingness to help promptly.")
                .bytes());
        assertThat(notes.text())
                .isEqualTo("# Service quality\n\n## Reliability\n\nDoing what was promised, dependably.\n\n"
                        + "## Responsiveness\n\nWillingness to help promptly.");
        assertThat(cards(notes))
                .containsExactly(
                        "PASSAGE Reliability => Doing what was promised, dependably.",
                        "PASSAGE Responsiveness => Willingness to help promptly.");
    }

    @Test
    void bold_lines_that_are_sentences_labels_runs_or_last_stay_paragraphs() {
        OpenedText notes = open(document()
                .heading(1, "Churn")
                .bold("Losing a customer costs more than keeping one.")
                .paragraph("Win-back offers help.")
                .bold("Warning signs:")
                .paragraph("Fewer orders and more complaints.")
                .bold("Price")
                .bold("Service")
                .paragraph("Both drive churn.")
                .bold("Read chapter 4")
                .bytes());
        assertThat(notes.text())
                .isEqualTo(
                        "# Churn\n\nLosing a customer costs more than keeping one.\n\nWin-back offers help.\n\n"
                                + "Warning signs:\n\nFewer orders and more complaints.\n\nPrice\n\nService\n\nBoth drive churn.\n\nRead chapter 4");
    }

    @Test
    void bulleted_and_numbered_lists_nest_by_their_level() {
        OpenedText notes = open(document()
                .heading(1, "The CRM cycle")
                .paragraph("The stages are:")
                .numbered(0, "Acquire")
                .numbered(1, "find customers who fit")
                .numbered(0, "Retain")
                .paragraph("Signs of loyalty")
                .bullet(0, "Repeat buying")
                .bullet(1, "without attachment")
                .bullet(0, "Referrals")
                .bytes());
        assertThat(notes.text())
                .isEqualTo(
                        "# The CRM cycle\n\nThe stages are:\n\n1. Acquire\n   1. find customers who fit\n1. Retain\n\n"
                                + "Signs of loyalty\n\n- Repeat buying\n  - without attachment\n- Referrals");
        assertThat(cards(notes))
                .containsExactly(
                        "PASSAGE The CRM cycle => The stages are:\n1. Acquire\n  1. find customers who fit\n2. Retain\n"
                                + "Signs of loyalty\n- Repeat buying\n  - without attachment\n- Referrals");
    }

    @Test
    void list_styles_without_numbering_and_typed_bullets_are_list_items() {
        OpenedText notes = open(document()
                .heading(1, "Retention tactics")
                .styled("ListBullet", "Loyalty schemes")
                .styled("ListBullet2", "points per purchase")
                .styled("ListNumber", "Call lapsed customers")
                .paragraph("Typed by hand:")
                .paragraph("\u2022\tService recovery")
                .paragraph("- Personal offers")
                .bytes());
        assertThat(notes.text())
                .isEqualTo(
                        "# Retention tactics\n\n- Loyalty schemes\n  - points per purchase\n1. Call lapsed customers\n\n"
                                + "Typed by hand:\n\n- Service recovery\n- Personal offers");
    }

    @Test
    void line_breaks_are_lines_of_one_block_and_tabs_are_spaces() {
        OpenedText notes = open(document()
                .heading(1, "Terms")
                .paragraph("Churn rate:\tcustomers lost / customers at start\n" + "Retention rate:\t1 - churn rate")
                .bytes());
        assertThat(notes.text())
                .isEqualTo(
                        "# Terms\n\nChurn rate: customers lost / customers at start\nRetention rate: 1 - churn rate");
        assertThat(cards(notes))
                .containsExactly(
                        "PROMPT Churn rate => customers lost / customers at start",
                        "PROMPT Retention rate => 1 - churn rate");
    }

    @Test
    void term_definition_paragraphs_under_a_heading_are_a_glossary() {
        OpenedText notes = open(document()
                .heading(1, "Key terms")
                .boldLead("Touchpoint", ": any moment a customer meets the brand")
                .boldLead("Win-back", ": winning a lapsed customer back")
                .bytes());
        assertThat(notes.text())
                .isEqualTo("# Key terms\n\nTouchpoint: any moment a customer meets the brand\n\n"
                        + "Win-back: winning a lapsed customer back");
        assertThat(cards(notes))
                .containsExactly(
                        "PROMPT Touchpoint => any moment a customer meets the brand",
                        "PROMPT Win-back => winning a lapsed customer back");
    }

    @Test
    void prose_lines_that_markdown_would_read_as_structure_are_escaped() {
        OpenedText notes = open(
                document().paragraph("# of complaints fell\n---\n> 90% stayed").bytes());
        assertThat(notes.text()).isEqualTo("\\# of complaints fell\n\\---\n\\> 90% stayed");
    }

    @Test
    void a_two_column_table_without_a_header_gets_an_empty_one_and_every_row_is_a_card() {
        OpenedText notes = open(document()
                .heading(1, "SERVQUAL")
                .table(
                        false,
                        new String[] {"Tangibles", "the look of facilities, staff and material"},
                        new String[] {"Empathy", "caring, individual attention to each customer"},
                        new String[] {"Assurance | trust", "staff knowledge and courtesy"})
                .bytes());
        assertThat(notes.text())
                .isEqualTo(
                        "# SERVQUAL\n\n|  |  |\n|---|---|\n| Tangibles | the look of facilities, staff and material |\n"
                                + "| Empathy | caring, individual attention to each customer |\n| Assurance \\| trust | staff knowledge and courtesy |");
        assertThat(cards(notes))
                .containsExactly(
                        "PROMPT Tangibles => the look of facilities, staff and material",
                        "PROMPT Empathy => caring, individual attention to each customer",
                        "PROMPT Assurance | trust => staff knowledge and courtesy");
    }

    @Test
    void a_bold_first_row_or_one_of_short_column_names_is_the_header() {
        String[][] glossary = {
            {"Metric", "Meaning"},
            {"Churn rate", "share of customers lost in a period"},
            {"Customer lifetime value", "the margin a customer brings over the whole relationship"}
        };
        String expected = "| Metric | Meaning |\n|---|---|\n| Churn rate | share of customers lost in a period |\n"
                + "| Customer lifetime value | the margin a customer brings over the whole relationship |";
        OpenedText bold = open(document().table(true, glossary).bytes());
        OpenedText plain = open(document().table(false, glossary).bytes());
        assertThat(bold.text()).isEqualTo(expected);
        assertThat(plain.text()).isEqualTo(expected);
        assertThat(cards(plain))
                .containsExactly(
                        "PROMPT Churn rate => share of customers lost in a period",
                        "PROMPT Customer lifetime value => the margin a customer brings over the whole relationship");
    }

    @Test
    void a_wider_table_keeps_its_columns_and_cell_paragraphs_join_with_semicolons() {
        OpenedText notes = open(document()
                .heading(1, "Types of CRM")
                .table(
                        true,
                        new String[] {"Type", "Focus", "Tools"},
                        new String[] {
                            "Operational CRM",
                            "automating sales, marketing and service",
                            "sales force automation\n\ncall centres"
                        },
                        new String[] {
                            "Analytical CRM", "understanding customers from their data", "data warehouses\n\nmining"
                        })
                .bytes());
        assertThat(notes.text())
                .isEqualTo("# Types of CRM\n\n| Type | Focus | Tools |\n|---|---|---|\n"
                        + "| Operational CRM | automating sales, marketing and service | sales force automation; call centres |\n"
                        + "| Analytical CRM | understanding customers from their data | data warehouses; mining |");
        assertThat(cards(notes))
                .containsExactly(
                        "PROMPT Operational CRM => automating sales, marketing and service; sales force automation; call centres",
                        "PROMPT Analytical CRM => understanding customers from their data; data warehouses; mining");
    }

    @Test
    void every_line_maps_to_its_body_paragraph_or_table_row_and_blank_lines_to_the_line_before() {
        OpenedText notes = open(document()
                .heading(1, "Retention")
                .empty()
                .paragraph("Keep them.\nServe them well.")
                .table(false, new String[] {"Churn", "customers lost in a period of time"}, new String[] {
                    "Loyalty", "repeat buying with attachment"
                })
                .bullet(0, "Loyalty schemes")
                .bytes());
        String[] lines = notes.text().split("\n", -1);
        assertThat(notes.positions().positions())
                .hasSize(lines.length)
                .containsExactly(
                        para(1), para(1), para(3), para(3), para(3), row(1, 1), row(1, 1), row(1, 1), row(1, 2),
                        row(1, 2), para(4));
        assertThat(lines[10]).isEqualTo("- Loyalty schemes");
        assertThat(notes.positions().describe(3, 4)).isEqualTo("paragraph 3");
        assertThat(notes.part()).isEmpty();
        assertThat(notes.format()).isEqualTo("docx");
        assertThat(notes.warnings()).isEmpty();
    }

    @Test
    void a_picture_is_left_out_with_a_warning_naming_its_paragraph() {
        OpenedText notes = open(document()
                .heading(1, "Churn")
                .picture()
                .paragraph("Churn rose after the price change.")
                .bytes());
        assertThat(notes.text()).isEqualTo("# Churn\n\nChurn rose after the price change.");
        assertThat(notes.positions().positions()).containsExactly(para(1), para(1), para(3));
        assertThat(notes.warnings()).containsExactly("paragraph 2: a picture was left out (only text is read)");
    }

    @Test
    void a_zip_bomb_is_refused_by_pois_limits() {
        assertRefused(
                WordFixture.zipBomb(
                        document().paragraph("Retention: keeping customers.").bytes()),
                NAME + ": not a Word document (.docx) (it unpacks to far more than its size, as a zip bomb does)");
    }

    @Test
    void a_bold_line_before_any_heading_is_a_top_heading() {
        OpenedText notes = open(document()
                .bold("Customer lifetime value")
                .paragraph("Margin times expected years as a customer.")
                .bytes());
        assertThat(notes.text()).isEqualTo("# Customer lifetime value\n\nMargin times expected years as a customer.");
        assertThat(cards(notes))
                .containsExactly("PASSAGE Customer lifetime value => Margin times expected years as a customer.");
    }

    @Test
    void an_old_doc_file_is_refused_with_what_to_do() {
        assertRefused(WordFixture.oldWordDoc(), NAME + ": an old Word .doc file; save it as .docx and import it again");
    }

    @Test
    void a_password_protected_docx_is_refused_with_what_to_do() {
        byte[] sealed = WordFixture.encrypted(
                document().paragraph("Secret notes on churn.").bytes());
        assertRefused(
                sealed,
                NAME + ": the Word document is protected by a password; remove the password and import it again");
    }

    @Test
    void files_that_are_not_word_documents_say_so_with_a_short_cause() {
        byte[] docx = document().paragraph("Churn: customers lost in a period.").bytes();
        assertRefused(WordFixture.randomBytes(), NAME + ": not a Word document (.docx) (not a zip archive)");
        assertRefused(new byte[0], NAME + ": not a Word document (.docx) (the file is empty)");
        assertRefused(
                WordFixture.truncated(docx),
                NAME + ": not a Word document (.docx) (the zip archive is damaged or cut short)");
        assertRefused(
                WordFixture.withoutDocumentPart(docx),
                NAME + ": not a Word document (.docx) (word/document.xml is missing or damaged)");
        assertRefused(
                WordFixture.emptyOle2(),
                NAME + ": not a Word document (.docx) (an old Office file of another program)");
        assertRefused(
                "%PDF-1.7\n%notes".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                NAME + ": not a Word document (.docx) (it is a file of another kind (pdf))");
    }

    @Test
    void a_document_without_text_is_refused() {
        assertRefused(
                document().empty().empty().bytes(),
                NAME
                        + ": the Word document holds no text (only empty paragraphs, pictures or forms): nothing to import");
    }

    private static void assertRefused(byte[] bytes, String message) {
        assertThatThrownBy(() -> new WordNotes().open(NAME, bytes))
                .isExactlyInstanceOf(BadInputException.class)
                .hasMessage(message);
    }

    private static Position para(int n) {
        return new Position("", "paragraph", n);
    }

    private static Position row(int table, int row) {
        return new Position("table " + table, "row", row);
    }

    private static OpenedText open(byte[] docx) {
        List<OpenedText> opened = new WordNotes().open(NAME, docx);
        assertThat(opened).hasSize(1);
        OpenedText notes = opened.get(0);
        assertThat(notes.positions().positions()).hasSize(notes.text().split("\n", -1).length);
        return notes;
    }

    private static ReadDeck read(OpenedText notes) {
        return new DeckReader().read("notes.md", notes.text());
    }

    /** The cards the Markdown reader makes of the notes, as "KIND front => back". */
    private static List<String> cards(OpenedText notes) {
        return read(notes).cards().stream()
                .map((Card c) -> c.kind() + " " + c.front() + " => " + c.back())
                .toList();
    }
}
