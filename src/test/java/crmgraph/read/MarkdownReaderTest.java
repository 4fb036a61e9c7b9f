package crmgraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.testing.Fixtures;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {

    private final ReadDeck deck = new DeckReader().read("notes.md", Fixtures.text("notes.md"));

    @Test
    void term_colon_definition_lines_are_cards_bold_or_not() {
        assertThat(deck.cards()).extracting(Card::front).contains("Defection", "Win-back offer");
        Card defection = card("Defection");
        assertThat(defection.kind()).isEqualTo(Card.Kind.PROMPT);
        assertThat(defection.back()).isEqualTo("a buyer leaving for a rival supplier (page 12).");
        assertThat(defection.section()).isEqualTo("Retention notes \u203A Basics");
    }

    @Test
    void a_section_with_prose_and_a_list_is_one_card_under_its_heading() {
        Card model = deck.cards().stream()
                .filter(c -> c.front().contains("REAP"))
                .findFirst()
                .orElseThrow();
        assertThat(model.back()).contains("1. Recognise").contains("4. Personalise");
        assertThat(model.kind()).isEqualTo(Card.Kind.PASSAGE);
        assertThat(model.line()).isEqualTo(9);
        assertThat(model.endLine()).isEqualTo(16);
    }

    @Test
    void a_list_stays_in_its_sections_passage_with_nested_bullets_indented_and_bare_headings_are_furniture() {
        Card levels = card("Loyalty levels");
        assertThat(levels.back())
                .isEqualTo("- Behavioural loyalty\n  - repeat buying without attachment\n"
                        + "- Attitudinal loyalty\n  - a real preference for the brand");
        assertThat(levels.line()).isEqualTo(18);
        assertThat(deck.dropped()).extracting(DroppedLine::line).containsExactly(1, 3);
    }

    @Test
    void a_file_or_section_of_one_term_line_is_a_prompt_card_but_a_label_among_prose_is_not() {
        ReadDeck one =
                new DeckReader().read("one.md", "Zymurgical loyalty: loyalty of brewers to their yeast supplier.\n");
        assertThat(one.cards()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Card.Kind.PROMPT);
            assertThat(c.front()).isEqualTo("Zymurgical loyalty");
        });
        ReadDeck mixed =
                new DeckReader().read("mixed.md", "## Churn\n\nCustomers leave.\n\n**Tip:** Call them back.\n");
        assertThat(mixed.cards()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Card.Kind.PASSAGE);
            assertThat(c.back()).isEqualTo("Customers leave.\nTip: Call them back.");
        });
    }

    @Test
    void a_colon_of_a_web_address_and_a_row_of_values_make_no_term_line() {
        assertThat(MarkdownReader.termLine("Retrieved from \"https://example.org/wiki/Loyalty\""))
                .isNull();
        assertThat(MarkdownReader.termLine("Categories: Retail | Marketing | Customer loyalty"))
                .isNull();
        assertThat(MarkdownReader.termLine("Churn: customers lost in a period"))
                .containsExactly("Churn", "customers lost in a period");
    }

    @Test
    void a_wide_table_of_single_words_and_figures_is_read_as_rows_of_values_not_terms() {
        ReadDeck values = new DeckReader()
                .read(
                        "values.md",
                        "## Visit\n\nOne morning:\n\n| Moment | Channel | Mood |\n|---|---|---|\n"
                                + "| Ordering ahead | app | calm |\n| Pickup | counter (shop) | rushed |\n");
        assertThat(values.cards()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Card.Kind.PASSAGE);
            assertThat(c.back())
                    .isEqualTo("One morning:\nOrdering ahead | app | calm\nPickup | counter (shop) | rushed");
        });
        ReadDeck terms = new DeckReader()
                .read(
                        "terms.md",
                        "## Formats\n\n| Format | Who runs it | Reward |\n|---|---|---|\n"
                                + "| Stamp card | single cafés and shops | a free item |\n| Paid club | online retailers | free delivery |\n");
        assertThat(terms.cards())
                .filteredOn(c -> c.kind() == Card.Kind.PROMPT)
                .extracting(Card::front)
                .containsExactly("Stamp card", "Paid club");
    }

    private Card card(String front) {
        return deck.cards().stream()
                .filter(c -> c.front().equals(front))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no card " + front));
    }

    @Test
    void bullets_all_opening_with_one_label_over_paragraphs_are_about_the_titles_after_it() {
        String toggles = "# Recovery\n\n## Online\n\n"
                + "- Block: Webshaming\n\n    Customers posting a firm's failure for others to mock.\n\n"
                + "- Block: Review bombing\n\n    Many poor reviews posted at once to hurt a firm.\n\n"
                + "- Block: What is e-care?\n\n    Answering complaints where customers post them.\n";
        ReadDeck read = new DeckReader().read("toggles.md", toggles);
        assertThat(read.cards())
                .extracting(Card::front)
                .contains("Webshaming", "Review bombing", "What is e-care?")
                .doesNotContain("Block");
        Card bombing = read.cards().stream()
                .filter(c -> c.front().equals("Review bombing"))
                .findFirst()
                .orElseThrow();
        assertThat(bombing.back()).isEqualTo("Many poor reviews posted at once to hurt a firm.");
    }

    @Test
    void glossary_bullets_with_their_own_terms_keep_them() {
        String glossary = "# Terms\n\n## Recovery\n\n"
                + "- Webshaming: customers posting a firm's failure for others to mock\n"
                + "- Review bombing: many poor reviews posted at once\n"
                + "- E-care: answering complaints where customers post them\n";
        ReadDeck read = new DeckReader().read("terms.md", glossary);
        assertThat(read.cards()).extracting(Card::front).contains("Webshaming", "Review bombing", "E-care");
    }

    @Test
    void spaced_repetition_cards_written_term_colon_colon_explanation_at_the_top_are_cards_not_page_properties() {
        ReadDeck read = new DeckReader()
                .read(
                        "sr.md",
                        "tags:: crm\n"
                                + "Save desk::the team that talks cancelling buyers round\n"
                                + "Win-back offer:::a deal sent to a lapsed buyer to bring them home\n");
        assertThat(read.cards())
                .extracting(Card::front, Card::back)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Save desk", "the team that talks cancelling buyers round"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Win-back offer", "a deal sent to a lapsed buyer to bring them home"));
        assertThat(read.dropped()).extracting(DroppedLine::line).containsExactly(1);
    }

    @Test
    void a_highlight_shows_its_words() {
        ReadDeck read = new DeckReader()
                .read("hl.md", "# Justice\n\n==Procedural justice== is how fair the steps to a remedy feel.\n");
        assertThat(read.cards().toString())
                .contains("Procedural justice is how fair")
                .doesNotContain("==");
    }

    @Test
    void a_question_marked_q_with_its_answer_marked_a_among_prose_is_one_question_card() {
        ReadDeck d = new DeckReader().read("prose.md", """
                        # Complaints

                        **Service failure** - a moment when the service falls short of what was expected.

                        **Service recovery** - what a firm does to put a failure right.

                        Q: Which channel do most customers use?
                        A: The phone.
                        """);
        assertThat(d.format()).as("one pair among prose leaves the note a note").isEqualTo("markdown");
        assertThat(d.cards()).extracting(Card::front).doesNotContain("Q", "A");
        assertThat(d.cards())
                .filteredOn(c -> c.front().equals("Which channel do most customers use?"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.back()).isEqualTo("The phone.");
                    assertThat(c.kind()).isEqualTo(Card.Kind.PROMPT);
                });
    }

    @Test
    void a_letter_a_spelling_out_a_model_stays_a_term() {
        ReadDeck d = new DeckReader().read("letters.md", """
                        # RATER

                        R: Reliability
                        A: Assurance
                        T: Tangibles
                        """);
        assertThat(d.cards()).extracting(Card::front).containsExactly("R", "A", "T");
    }

    @Test
    void a_term_labelled_term_with_its_definition_labelled_definition_is_one_card_for_the_term() {
        ReadDeck d = new DeckReader().read("labels.md", """
                        # Loyalty

                        Term: Share of wallet
                        Definition: the part of a customer's spending in a category that goes to one firm.
                        """);
        assertThat(d.cards()).extracting(Card::front).containsExactly("Share of wallet");
        assertThat(d.cards().get(0).back()).startsWith("the part of a customer's spending");
    }
}
