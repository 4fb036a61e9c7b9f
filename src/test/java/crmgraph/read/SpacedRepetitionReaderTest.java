package crmgraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Notes written as cards for a spaced-repetition plugin are read card by card, its marks as furniture. */
class SpacedRepetitionReaderTest {

    private static final String NOTES = String.join(
            "\n",
            "---",
            "aliases: [loyalty deck]",
            "---",
            "#flashcards/retail/loyalty",
            "",
            "# Loyalty schemes",
            "",
            "Stickiness::how hard it is for a buyer to walk away from a supplier",
            "<!--SR:!2025-02-03,4,250-->",
            "Lock-in:::a state in which leaving a supplier costs so much that the buyer stays anyway",
            "Which levers does a loyalty scheme pull?",
            "?",
            "- rewards (points, discounts)",
            "- recognition (status tiers)",
            "- relationship (personal contact)",
            "<!--SR:!2025-02-05,1,230-->",
            "",
            "Switching barrier",
            "??",
            "anything that makes it harder or dearer for a customer to move to a rival",
            "",
            "==Share of wallet== is the part of a customer's spending in a category that goes to one supplier.",
            "A {{tiered scheme}} lets members climb levels by spending more. <!--SR:!2025-02-07,3,250-->",
            "",
            "a stray thought with no card marks");

    private final ReadDeck deck = new DeckReader().read("loyalty.md", NOTES);

    @Test
    void one_line_cards_asked_one_way_or_both_are_read_as_term_and_explanation() {
        assertThat(deck.format()).isEqualTo("spaced-repetition cards");
        assertThat(deck.cards())
                .filteredOn(c -> c.front().equals("Stickiness"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.back()).isEqualTo("how hard it is for a buyer to walk away from a supplier");
                    assertThat(c.section()).isEqualTo("Loyalty schemes");
                    assertThat(c.line()).isEqualTo(8);
                });
        assertThat(deck.cards())
                .filteredOn(c -> c.front().equals("Lock-in"))
                .singleElement()
                .satisfies(c -> assertThat(c.back()).startsWith("a state in which"));
    }

    @Test
    void a_front_over_a_question_mark_line_has_the_lines_below_it_as_its_back() {
        assertThat(deck.cards())
                .filteredOn(c -> c.front().equals("Which levers does a loyalty scheme pull?"))
                .singleElement()
                .satisfies(c -> assertThat(c.back())
                        .isEqualTo("- rewards (points, discounts)\n- recognition (status tiers)\n"
                                + "- relationship (personal contact)"));
        assertThat(deck.cards())
                .filteredOn(c -> c.front().equals("Switching barrier"))
                .singleElement()
                .satisfies(c -> assertThat(c.back()).startsWith("anything that makes it harder"));
    }

    @Test
    void a_highlighted_or_braced_cloze_is_asked_as_a_gap_fill() {
        assertThat(deck.cards())
                .filteredOn(c -> c.back().equals("Share of wallet"))
                .singleElement()
                .satisfies(c -> assertThat(c.front()).startsWith("_____ is the part of a customer's spending"));
        assertThat(deck.cards())
                .filteredOn(c -> c.back().equals("tiered scheme"))
                .singleElement()
                .satisfies(c -> assertThat(c.front()).isEqualTo("A _____ lets members climb levels by spending more."));
    }

    @Test
    void review_records_tags_front_matter_and_headings_are_furniture_and_a_stray_line_is_reported() {
        assertThat(deck.cards()).hasSize(6);
        assertThat(deck.dropped())
                .filteredOn(d -> d.kind() == DroppedLine.Kind.FURNITURE)
                .extracting(DroppedLine::line)
                .contains(1, 2, 3, 4, 6, 9, 16);
        assertThat(deck.dropped())
                .filteredOn(d -> d.kind() == DroppedLine.Kind.UNPLACED)
                .extracting(DroppedLine::text)
                .containsExactly("a stray thought with no card marks");
        assertThat(deck.cards())
                .noneMatch(c -> c.back().contains("SR:") || c.front().contains("SR:"));
    }

    @Test
    void term_value_lines_without_any_plugin_mark_stay_an_outliner_page() {
        ReadDeck page = new DeckReader()
                .read(
                        "page.md",
                        "churn rate:: customers lost in a period\nretention rate:: customers kept in a period\n");
        assertThat(page.format()).isNotEqualTo("spaced-repetition cards");
    }
}
