package crmgraph.document;

import static crmgraph.document.PdfFixture.Face.REGULAR;
import static crmgraph.document.PdfFixture.LEFT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import crmgraph.BadInputException;
import crmgraph.read.Card;
import crmgraph.read.DeckReader;
import crmgraph.read.Position;
import crmgraph.read.ReadDeck;
import java.util.List;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.junit.jupiter.api.Test;

class PdfNotesTest {

    private static final String BULLET = "\u2022";

    @Test
    void headings_come_from_font_size_ranked_largest_first() {
        PdfFixture pdf = new PdfFixture();
        pdf.page()
                .line(24, "Customer Retention")
                .gap(6)
                .line(11, "Retention is the share of customers who stay with a firm over a period.")
                .gap(8)
                .line(18, "Why customers leave")
                .gap(4)
                .line(11, "Poor service, rising prices and better offers elsewhere.")
                .gap(8)
                .line(14, "Service failures")
                .gap(4)
                .line(11, "A late delivery costs more goodwill than a slightly higher price.")
                .gap(8)
                .line(14, "A large line that ends in a period is no heading.");
        OpenedText text = open(pdf);
        assertThat(text.text()).isEqualTo("""
                # Customer Retention

                Retention is the share of customers who stay with a firm over a period.

                ## Why customers leave

                Poor service, rising prices and better offers elsewhere.

                ### Service failures

                A late delivery costs more goodwill than a slightly higher price.

                A large line that ends in a period is no heading.""");
        assertThat(read(text).cards())
                .extracting(Card::front, Card::back, Card::section)
                .containsExactly(
                        tuple(
                                "Customer Retention",
                                "Retention is the share of customers who stay with a firm over a period.",
                                "Customer Retention"),
                        tuple(
                                "Why customers leave",
                                "Poor service, rising prices and better offers elsewhere.",
                                "Customer Retention \u203A Why customers leave"),
                        tuple(
                                "Service failures",
                                "A late delivery costs more goodwill than a slightly higher price.\n"
                                        + "A large line that ends in a period is no heading.",
                                "Customer Retention \u203A Why customers leave \u203A Service failures"));
        assertThat(text.warnings()).isEmpty();
    }

    @Test
    void a_short_bold_line_at_body_size_standing_alone_is_the_lowest_heading() {
        PdfFixture pdf = new PdfFixture();
        pdf.page()
                .line(20, "Service Quality")
                .gap(8)
                .bold(11, "The gap model")
                .line(11, "Quality is the gap between the service expected and the service perceived.")
                .gap(8)
                .bold(11, "Ask every lost customer why they left.")
                .gap(8)
                .line(11, "Customers judge reliability first and")
                .bold(11, "tangibles last")
                .line(11, "of the five dimensions.");
        OpenedText text = open(pdf);
        assertThat(text.text()).isEqualTo("""
                # Service Quality

                ## The gap model

                Quality is the gap between the service expected and the service perceived.

                Ask every lost customer why they left.

                Customers judge reliability first and
                tangibles last
                of the five dimensions.""");
        assertThat(read(text).cards())
                .extracting(Card::front, Card::back)
                .containsExactly(tuple(
                        "The gap model",
                        "Quality is the gap between the service expected and the service perceived.\n"
                                + "Ask every lost customer why they left.\n"
                                + "Customers judge reliability first and tangibles last of the five dimensions."));
    }

    @Test
    void bullets_nest_by_the_indent_of_their_marker_and_wrapped_items_are_joined() {
        PdfFixture pdf = new PdfFixture();
        pdf.page()
                .line(18, "SERVQUAL dimensions")
                .gap(6)
                .item(LEFT, 11, BULLET, "Tangibles")
                .item(LEFT + 18, 11, "-", "uniforms, premises and brochures")
                .item(LEFT + 18, 11, "\u2013", "the look of the website")
                .item(LEFT, 11, BULLET, "Reliability, which customers rank first among the five dimensions of")
                .line(LEFT + 14, 11, REGULAR, "service quality in most surveys")
                .item(LEFT, 11, "*", "Responsiveness");
        OpenedText text = open(pdf);
        assertThat(text.text()).isEqualTo("""
                # SERVQUAL dimensions

                - Tangibles
                  - uniforms, premises and brochures
                  - the look of the website
                - Reliability, which customers rank first among the five dimensions of service quality in most surveys
                - Responsiveness""");
        assertThat(read(text).cards())
                .extracting(Card::front, Card::back)
                .containsExactly(tuple("SERVQUAL dimensions", """
                - Tangibles
                  - uniforms, premises and brochures
                  - the look of the website
                - Reliability, which customers rank first among the five dimensions of service quality in most surveys
                - Responsiveness"""));
    }

    @Test
    void numbered_items_keep_their_numbers_and_lettered_ones_are_counted() {
        PdfFixture pdf = new PdfFixture();
        pdf.page()
                .line(18, "The CRM cycle")
                .gap(6)
                .item(LEFT, 11, "1.", "Acquire customers")
                .item(LEFT, 11, "2.", "Develop them")
                .item(LEFT + 18, 11, "a)", "cross-selling")
                .item(LEFT + 18, 11, "b)", "up-selling")
                .item(LEFT, 11, "3.", "Retain them")
                .gap(8)
                .line(11, "Then the cycle starts again.");
        OpenedText text = open(pdf);
        assertThat(text.text()).isEqualTo("""
                # The CRM cycle

                1. Acquire customers
                2. Develop them
                   1. cross-selling
                   2. up-selling
                3. Retain them

                Then the cycle starts again.""");
        assertThat(read(text).cards()).extracting(Card::front, Card::back).containsExactly(tuple("The CRM cycle", """
                1. Acquire customers
                2. Develop them
                  1. cross-selling
                  2. up-selling
                3. Retain them
                Then the cycle starts again."""));
    }

    @Test
    void list_markers_are_recognised_by_their_shape() {
        assertThat(PdfMarker.parse("\uF0B7Tangibles"))
                .hasValueSatisfying(m -> assertThat(m.bullet()).isTrue());
        assertThat(PdfMarker.parse("\uF0A7 Empathy"))
                .hasValueSatisfying(m -> assertThat(m.rest()).isEqualTo("Empathy"));
        assertThat(PdfMarker.parse("(iii) Retain")).hasValueSatisfying(m -> {
            assertThat(m.number()).isEqualTo(-1);
            assertThat(m.glyphs()).isEqualTo(5);
        });
        assertThat(PdfMarker.parse("12) Win back"))
                .hasValueSatisfying(m -> assertThat(m.number()).isEqualTo(12));
        assertThat(PdfMarker.parse("-3% churn this year")).isEmpty();
        assertThat(PdfMarker.parse("2019. The year loyalty cards went digital")).isEmpty();
    }

    @Test
    void wrapped_lines_are_joined_but_lines_broken_on_purpose_stay_lines() {
        PdfFixture pdf = new PdfFixture();
        pdf.page()
                .line(18, "Customer lifetime value")
                .gap(6)
                .line(11, "Customer lifetime value estimates the profit that one customer brings to a firm over")
                .line(11, "the whole relationship, from the first purchase to the day the customer leaves for")
                .line(11, "good.")
                .gap(8)
                .line(11, "CLV: the profit of a whole customer relationship")
                .line(11, "Retention cost: what keeping one customer costs");
        OpenedText text = open(pdf);
        assertThat(text.text()).isEqualTo("""
                # Customer lifetime value

                Customer lifetime value estimates the profit that one customer brings to a firm over the whole \
                relationship, from the first purchase to the day the customer leaves for good.

                CLV: the profit of a whole customer relationship
                Retention cost: what keeping one customer costs""");
        assertThat(read(text).cards())
                .extracting(Card::front, Card::back, Card::kind)
                .containsExactly(
                        tuple(
                                "Customer lifetime value",
                                "Customer lifetime value estimates the profit that one customer brings to a "
                                        + "firm over the whole relationship, from the first purchase to the day the customer leaves for good.",
                                Card.Kind.PASSAGE),
                        tuple("CLV", "the profit of a whole customer relationship", Card.Kind.PROMPT),
                        tuple("Retention cost", "what keeping one customer costs", Card.Kind.PROMPT));
    }

    @Test
    void a_paragraph_whose_first_line_is_indented_is_joined_and_the_next_indented_line_starts_a_new_one() {
        PdfFixture pdf = new PdfFixture();
        pdf.page()
                .line(18, "Complaints")
                .gap(6)
                .line(
                        LEFT + 18,
                        11,
                        REGULAR,
                        "A complaint that is handled quickly and fairly can leave a customer more loyal")
                .line(11, "than one who never had a problem at all, which is called the service recovery para-")
                .line(11, "dox.")
                .line(LEFT + 18, 11, REGULAR, "Firms should therefore make complaining easy.");
        OpenedText text = Documents.open("notes.pdf", pdf.bytes()).get(0);
        assertThat(text.text()).isEqualTo("""
                # Complaints

                A complaint that is handled quickly and fairly can leave a customer more loyal than one who never had a \
                problem at all, which is called the service recovery paradox.

                Firms should therefore make complaining easy.""");
        assertThat(read(text).cards())
                .extracting(Card::back)
                .containsExactly("A complaint that is handled quickly and fairly "
                        + "can leave a customer more loyal than one who never had a problem at all, which is called the service recovery "
                        + "paradox.\nFirms should therefore make complaining easy.");
    }

    @Test
    void a_word_hyphenated_at_a_line_end_is_joined_but_a_dash_before_a_capital_is_kept() {
        PdfFixture pdf = new PdfFixture();
        pdf.page()
                .line(18, "Loyalty")
                .gap(6)
                .line(11, "Loyal customers cost less to serve, buy more over time and recommend the custo-")
                .line(11, "mer experience to their friends, so a customer-")
                .line(11, "Focused firm keeps track of them.")
                .gap(8)
                .line(11, "A new paragraph starts after a larger gap.");
        OpenedText text = open(pdf);
        assertThat(text.text()).isEqualTo("""
                # Loyalty

                Loyal customers cost less to serve, buy more over time and recommend the customer experience to their \
                friends, so a customer-Focused firm keeps track of them.

                A new paragraph starts after a larger gap.""");
        assertThat(read(text).cards())
                .extracting(Card::back)
                .containsExactly("Loyal customers cost less to serve, buy more "
                        + "over time and recommend the customer experience to their friends, so a customer-Focused firm keeps track of "
                        + "them.\n"
                        + "A new paragraph starts after a larger gap.");
    }

    @Test
    void running_headers_footers_and_page_numbers_are_dropped_but_a_heading_that_occurs_once_is_kept() {
        OpenedText text = open(fourPages());
        assertThat(text.text()).isEqualTo("""
                # Customer Lifetime Value

                CLV sums the margins a customer brings, discounted to today.

                ## Acquisition

                Acquisition costs are paid once, at the start.

                ## Retention

                Retention costs recur every year of the relationship.

                ## Churn

                Churned customers take their future margins with them.""");
        assertThat(text.warnings())
                .containsExactly(
                        "pages 1\u20134: 8 lines of page furniture (running headers, footers, page numbers) dropped");
        assertThat(read(text).cards())
                .extracting(Card::front)
                .containsExactly("Customer Lifetime Value", "Acquisition", "Retention", "Churn");
    }

    @Test
    void a_line_repeated_on_two_pages_only_is_kept_but_page_numbers_are_dropped() {
        PdfFixture pdf = new PdfFixture().furniture("Week 4 handout", "- %d -");
        pdf.page().line(18, "Churn").gap(6).line(11, "Churn is the share of customers lost in a period.");
        pdf.page().line(18, "Win-back").gap(6).line(11, "A win-back offer targets customers who already left.");
        OpenedText text = open(pdf);
        assertThat(text.text()).isEqualTo("""
                Week 4 handout

                # Churn

                Churn is the share of customers lost in a period.

                Week 4 handout

                # Win-back

                A win-back offer targets customers who already left.""");
        assertThat(text.warnings())
                .containsExactly(
                        "pages 1\u20132: 2 lines of page furniture (running headers, footers, page numbers) dropped");
    }

    @Test
    void each_line_maps_to_the_page_and_line_it_starts_from_counting_furniture_lines() {
        OpenedText text = open(fourPages());
        List<String> lines = List.of(text.text().split("\n", -1));
        // The running header is line 1 of each page.
        assertThat(at(text, lines.indexOf("# Customer Lifetime Value"))).isEqualTo(new Position("page 1", "line", 2));
        assertThat(at(text, lines.indexOf("## Acquisition"))).isEqualTo(new Position("page 2", "line", 2));
        assertThat(at(text, lines.indexOf("Acquisition costs are paid once, at the start.")))
                .isEqualTo(new Position("page 2", "line", 3));
        // A blank line stands where the line above it does.
        assertThat(at(text, lines.indexOf("## Acquisition") - 1)).isEqualTo(new Position("page 1", "line", 3));
        ReadDeck deck = read(text);
        Card retention = deck.cards().get(2);
        assertThat(text.positions().describe(retention.line(), retention.endLine()))
                .isEqualTo("page 3, lines 2\u20133");
    }

    @Test
    void slides_give_one_section_per_page_under_their_titles() {
        PdfFixture pdf = new PdfFixture();
        pdf.page(PdfFixture.SLIDE)
                .line(40, "Customer Relationship Management")
                .gap(20)
                .line(20, "Lecture notes for week three");
        pdf.page(PdfFixture.SLIDE)
                .line(32, "Acquisition")
                .gap(20)
                .item(LEFT, 20, BULLET, "Find prospects through referrals")
                .item(LEFT, 20, BULLET, "Convert them with a first offer");
        pdf.page(PdfFixture.SLIDE)
                .line(32, "Retention")
                .gap(20)
                .item(LEFT, 20, BULLET, "Reward repeat purchases")
                .item(LEFT, 20, BULLET, "Resolve complaints quickly");
        OpenedText text = open(pdf);
        assertThat(text.text()).isEqualTo("""
                # Customer Relationship Management

                Lecture notes for week three

                ## Acquisition

                - Find prospects through referrals
                - Convert them with a first offer

                ## Retention

                - Reward repeat purchases
                - Resolve complaints quickly""");
        assertThat(read(text).cards())
                .extracting(Card::front, Card::back, Card::section)
                .containsExactly(
                        tuple(
                                "Customer Relationship Management",
                                "Lecture notes for week three",
                                "Customer Relationship Management"),
                        tuple(
                                "Acquisition",
                                "- Find prospects through referrals\n- Convert them with a first offer",
                                "Customer Relationship Management \u203A Acquisition"),
                        tuple(
                                "Retention",
                                "- Reward repeat purchases\n- Resolve complaints quickly",
                                "Customer Relationship Management \u203A Retention"));
    }

    @Test
    void text_that_markdown_would_take_for_markup_is_escaped() {
        PdfFixture pdf = new PdfFixture();
        pdf.page()
                .line(18, "Loyalty cards")
                .gap(6)
                .line(11, "2019. The year loyalty cards went digital.")
                .gap(8)
                .line(11, "# of members grew by a third.");
        OpenedText text = open(pdf);
        assertThat(text.text()).isEqualTo("""
                # Loyalty cards

                2019\\. The year loyalty cards went digital.

                \\# of members grew by a third.""");
        assertThat(read(text).cards())
                .extracting(Card::back)
                .containsExactly("2019. The year loyalty cards went digital.\n# of members grew by a third.");
    }

    @Test
    void a_page_of_images_only_is_named_in_the_warnings() {
        PdfFixture pdf = new PdfFixture();
        pdf.page().line(18, "Complaints").gap(6).line(11, "A complaint handled well can raise loyalty.");
        byte[] withImagePage = PdfFixture.appendImagePage(pdf.bytes());
        OpenedText text = open(withImagePage);
        assertThat(text.warnings())
                .containsExactly("page 2: only images, no text (crmgraph reads a PDF's text, not its images)");
    }

    @Test
    void a_password_protected_pdf_is_refused_with_a_clear_message() {
        PdfFixture pdf = new PdfFixture();
        pdf.page().line(18, "Churn").gap(6).line(11, "Churn is the share of customers lost in a period.");
        assertThatThrownBy(() -> new PdfNotes().open("notes.pdf", pdf.bytesWithPassword("retention")))
                .isExactlyInstanceOf(BadInputException.class)
                .hasMessage("notes.pdf: the PDF is protected by a password; remove the password and import it again")
                .hasCauseInstanceOf(InvalidPasswordException.class);
    }

    @Test
    void a_pdf_without_a_text_layer_is_refused_as_a_possible_scan() {
        assertThatThrownBy(() -> new PdfNotes().open("notes.pdf", PdfFixture.imageOnly()))
                .isExactlyInstanceOf(BadInputException.class)
                .hasMessage(
                        "notes.pdf: no text in this PDF; it may be a scan (crmgraph reads a PDF's text, not its images)");
    }

    @Test
    void bytes_that_are_no_pdf_or_a_pdf_cut_short_are_refused_as_unreadable() {
        PdfFixture pdf = new PdfFixture();
        pdf.page().line(18, "Churn").gap(6).line(11, "Churn is the share of customers lost in a period.");
        assertThatThrownBy(() -> new PdfNotes().open("notes.pdf", PdfFixture.notAPdf()))
                .isExactlyInstanceOf(BadInputException.class)
                .hasMessage("notes.pdf: not a readable PDF (it does not start with the %PDF- header; "
                        + "is it another kind of file?)");
        assertThatThrownBy(() -> new PdfNotes().open("notes.pdf", PdfFixture.truncated(pdf.bytes())))
                .isExactlyInstanceOf(BadInputException.class)
                .hasMessageStartingWith("notes.pdf: not a readable PDF (")
                .hasMessageEndingWith(")")
                .hasCauseInstanceOf(java.io.IOException.class);
        assertThatThrownBy(() -> new PdfNotes().open("notes.pdf", new byte[0]))
                .isExactlyInstanceOf(BadInputException.class)
                .hasMessage("notes.pdf: not a readable PDF (the file is empty)");
    }

    @Test
    void a_pdf_of_more_pages_than_the_limit_is_refused() {
        assertThatThrownBy(() -> new PdfNotes().open("notes.pdf", PdfFixture.blankPages(PdfNotes.MAX_PAGES + 1)))
                .isExactlyInstanceOf(BadInputException.class)
                .hasMessage("notes.pdf: the PDF has 2001 pages; crmgraph reads PDFs of at most 2000 pages "
                        + "(split it into parts and import each)");
    }

    @Test
    void three_hundred_pages_of_notes_keep_every_page_heading_with_their_furniture_dropped() {
        PdfFixture pdf = new PdfFixture().furniture("CRM 201 Revision Notes", "Page %d of %d");
        for (int p = 1; p <= 300; p++) {
            PdfFixture.Page page = pdf.page().line(14, "Topic " + p).gap(6);
            for (int i = 0; i < 40; i++) {
                page.line(
                        11, "Customers who stay longer buy more, cost less to serve and tell their friends about us.");
            }
        }
        // speed is measured by the document benchmark (README, Performance), not here
        OpenedText text = open(pdf.bytes());
        List<String> lines = text.text().lines().toList();
        assertThat(lines.stream().filter(l -> l.startsWith("# Topic ")).count()).isEqualTo(300);
        assertThat(lines.stream().filter(l -> l.contains("Revision Notes") || l.startsWith("Page ")))
                .isEmpty();
        assertThat(text.warnings())
                .containsExactly(
                        "pages 1\u2013300: 600 lines of page furniture (running headers, footers, page numbers) dropped");
    }

    /** Four pages under a running header and "Page n of 4" footers; the title stands in the header band of page 1. */
    private static PdfFixture fourPages() {
        PdfFixture pdf = new PdfFixture().furniture("CRM 201 Revision Notes", "Page %d of %d");
        pdf.page()
                .at(LEFT, 62, 18, REGULAR, "Customer Lifetime Value")
                .gap(20)
                .line(11, "CLV sums the margins a customer brings, discounted to today.");
        pdf.page().line(14, "Acquisition").gap(6).line(11, "Acquisition costs are paid once, at the start.");
        pdf.page().line(14, "Retention").gap(6).line(11, "Retention costs recur every year of the relationship.");
        pdf.page().line(14, "Churn").gap(6).line(11, "Churned customers take their future margins with them.");
        return pdf;
    }

    private static Position at(OpenedText text, int index) {
        return text.positions().positions().get(index);
    }

    private static OpenedText open(PdfFixture pdf) {
        return open(pdf.bytes());
    }

    private static OpenedText open(byte[] bytes) {
        List<OpenedText> opened = new PdfNotes().open("notes.pdf", bytes);
        assertThat(opened).hasSize(1);
        OpenedText text = opened.get(0);
        assertThat(text.part()).isEmpty();
        assertThat(text.format()).isEqualTo("pdf");
        assertThat(text.positions().positions()).hasSize(text.text().split("\n", -1).length);
        return text;
    }

    private static ReadDeck read(OpenedText text) {
        return new DeckReader().read("notes.md", text.text());
    }
}
