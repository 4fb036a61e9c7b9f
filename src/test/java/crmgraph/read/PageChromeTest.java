package crmgraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageChromeTest {

    private static final String SITE_HEADER = """
            Notewise
            Browse
            My Shelf
            Log in
            Sign up

            Retail loyalty quiz - worked answers
            Module: Retail Management (RM210)
            Uploaded by: a student
            Saved? 9 2
            Print
            Quiz Me

            """;

    private static final String QUESTIONS = """
            1. What is a loyalty scheme?
            A programme that rewards customers for buying again from the same firm.

            2. What is churn?
            The share of customers who stop buying from a firm in a given period.
            """;

    @Test
    void a_site_header_of_menu_labels_properties_counts_and_buttons_is_furniture() {
        ReadDeck deck = new DeckReader().read("page.txt", SITE_HEADER + QUESTIONS);

        assertThat(fronts(deck)).containsExactly("What is a loyalty scheme?", "What is churn?");
        assertThat(furnitureLines(deck)).containsExactly(1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12);
    }

    @Test
    void a_paywall_where_an_answer_stood_leaves_the_prompt_unanswered_and_is_furniture() {
        String text = """
                What is churn?
                The share of customers who stop buying from a firm in a given period.

                Explain how a loyalty ladder works.
                This is a preview
                Want every answer? Go Gold and open all 12 pages
                Every note in one place
                Print Without Limits

                What is retention?
                Keeping the customers that a firm already has.
                """;

        ReadDeck deck = new DeckReader().read("page.txt", text);

        assertThat(deck.cards())
                .extracting(Card::front, Card::back)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "What is churn?",
                                "The share of customers who stop buying from a firm in a given period."),
                        org.assertj.core.groups.Tuple.tuple("Explain how a loyalty ladder works.", ""),
                        org.assertj.core.groups.Tuple.tuple(
                                "What is retention?", "Keeping the customers that a firm already has."));
        assertThat(furnitureLines(deck)).containsExactly(5, 6, 7, 8);
    }

    @Test
    void a_paywall_after_an_answered_card_does_not_unanswer_it() {
        List<SourceLine> lines = SourceLines.of(
                "What is churn?", "Customers who leave.", "This is a preview", "Unlock everything today");

        assertThat(PageChrome.paywalls(lines)).isEqualTo(bits(2, 3));
    }

    @Test
    void a_contents_listing_whose_lines_stand_again_as_headings_is_furniture() {
        List<SourceLine> lines = SourceLines.of(
                "In this guide",
                "Why loyalty matters",
                "Kinds of loyalty",
                "Measuring loyalty",
                "",
                "Why loyalty matters",
                "Loyal customers buy more and cost less to serve.",
                "Kinds of loyalty",
                "Behavioural loyalty is repeat buying; attitudinal loyalty is preference.",
                "Measuring loyalty",
                "Firms track repurchase rates and share of wallet.");

        assertThat(PageChrome.contents(lines)).isEqualTo(bits(0, 1, 2, 3));
    }

    @Test
    void headings_that_never_stand_again_are_no_contents_listing() {
        List<SourceLine> lines = SourceLines.of(
                "Kinds of loyalty",
                "Behavioural",
                "Attitudinal",
                "Composite",
                "",
                "Behavioural loyalty is repeat buying.");

        assertThat(PageChrome.contents(lines).isEmpty()).isTrue();
    }

    @Test
    void a_footer_from_the_copyright_line_back_over_listed_documents_and_the_site_name_is_furniture() {
        String footer = """

                Was this note helpful?
                7   0
                More from this module
                Retail pricing basics
                Tutorial 3 answers
                Notewise is not linked to any university or college.
                \u00A9 2025 Notewise Ltd.
                """;

        ReadDeck deck = new DeckReader().read("page.txt", SITE_HEADER + QUESTIONS + footer);

        assertThat(fronts(deck)).containsExactly("What is a loyalty scheme?", "What is churn?");
        assertThat(furnitureLines(deck)).containsSequence(20, 21, 22, 23, 24, 25, 26);
    }

    @Test
    void a_deck_of_short_terms_and_definitions_is_never_chrome() {
        List<SourceLine> lines = SourceLines.of(
                "Churn",
                "Customers who leave",
                "Retention",
                "Keeping customers",
                "Advocacy",
                "Customers who recommend the firm",
                "Share of wallet",
                "Part of spending with the firm");

        assertThat(PageChrome.of(lines).isEmpty()).isTrue();
        ReadDeck deck = new DeckReader().read("deck.txt", text(lines));
        assertThat(fronts(deck)).containsExactly("Churn", "Retention", "Advocacy", "Share of wallet");
    }

    @Test
    void a_menu_above_short_terms_and_definitions_goes_but_every_card_stays() {
        String text = """
                Notewise
                Browse
                My Shelf
                Home  \u00BB  Retail  \u00BB  Loyalty
                Churn
                Customers who leave
                Retention
                Keeping customers
                Advocacy
                Customers who recommend the firm
                """;

        ReadDeck deck = new DeckReader().read("deck.txt", text);

        assertThat(fronts(deck)).containsExactly("Churn", "Retention", "Advocacy");
        assertThat(furnitureLines(deck)).containsExactly(1, 2, 3, 4);
    }

    @Test
    void a_list_of_capitalised_members_at_the_top_is_no_header() {
        List<SourceLine> lines = SourceLines.of(
                "The 4 Ps", "Product", "Price", "Place", "Promotion", "", "Price is what the customer pays.");

        assertThat(PageChrome.headerEnd(lines)).isZero();
    }

    @Test
    void a_term_and_definition_right_above_a_copyright_line_stay_cards() {
        List<SourceLine> lines = SourceLines.of(
                "What is churn?",
                "Customers who stop buying.",
                "",
                "Retention",
                "Keeping the customers a firm has",
                "\u00A9 2025 J. Student");

        assertThat(PageChrome.footerStart(lines, 0)).isEqualTo(5);
    }

    @Test
    void menu_labels_have_no_lower_case_content_word_and_definitions_do() {
        assertThat(PageChrome.navLabel("My Shelf")).isTrue();
        assertThat(PageChrome.navLabel("Log in")).isTrue();
        assertThat(PageChrome.navLabel("Customers who leave")).isFalse();
        assertThat(PageChrome.navLabel("Customers leave.")).isFalse();
        assertThat(PageChrome.mark("Uploaded by: a student")).isTrue();
        assertThat(PageChrome.mark("Saved? 9 2")).isTrue();
        assertThat(PageChrome.mark("Answer: keeping customers")).isFalse();
    }

    private static List<String> fronts(ReadDeck deck) {
        return deck.cards().stream().map(Card::front).toList();
    }

    private static List<Integer> furnitureLines(ReadDeck deck) {
        return deck.dropped().stream()
                .filter(d -> d.kind() == DroppedLine.Kind.FURNITURE)
                .map(DroppedLine::line)
                .toList();
    }

    private static String text(List<SourceLine> lines) {
        return String.join("\n", lines.stream().map(SourceLine::text).toList()) + "\n";
    }

    private static BitSet bits(int... indexes) {
        BitSet b = new BitSet();
        for (int i : indexes) {
            b.set(i);
        }
        return b;
    }
}
