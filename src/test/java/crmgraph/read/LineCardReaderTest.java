package crmgraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.testing.Fixtures;
import org.junit.jupiter.api.Test;

class LineCardReaderTest {

    private final ReadDeck deck = new DeckReader().read("alternating.txt", Fixtures.text("alternating.txt"));

    private Card card(int ordinal) {
        return deck.cards().get(ordinal - 1);
    }

    @Test
    void a_title_line_is_furniture_and_the_rest_pairs_up() {
        assertThat(deck.dropped()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(1);
            assertThat(d.kind()).isEqualTo(DroppedLine.Kind.FURNITURE);
        });
        assertThat(deck.cards()).hasSize(12);
    }

    @Test
    void orientation_is_decided_card_by_card_from_the_shape_of_the_text() {
        assertThat(card(1).front()).isEqualTo("Switching cost");
        assertThat(card(2).front()).isEqualTo("Wallet share");
        assertThat(card(2).back()).startsWith("The portion");
        assertThat(card(2).line()).isEqualTo(4);
        assertThat(card(2).endLine()).isEqualTo(5);
    }

    @Test
    void define_prompts_take_their_answer_line_and_bullets_and_may_go_unanswered() {
        assertThat(card(4).front()).isEqualTo("Define Service Blueprint");
        assertThat(card(4).back()).contains("backstage").contains("- shows fail points");
        assertThat(card(4).endLine()).isEqualTo(11);
        assertThat(card(5).front()).isEqualTo("Define Moment of Truth");
        assertThat(card(5).back()).isEmpty();
    }

    @Test
    void statements_followed_by_a_lone_verdict_are_true_false_cards() {
        assertThat(card(7).back()).isEqualTo("true");
        assertThat(card(8).back()).isEqualTo("false");
        assertThat(deck.format()).contains("true-false");
    }

    @Test
    void a_numbered_question_is_a_prompt_of_its_own() {
        assertThat(card(10).front()).isEqualTo("4. What is a referral scheme?");
        assertThat(card(10).back()).startsWith("A programme");
    }

    @Test
    void an_answer_broken_over_two_lines_stays_one_answer() {
        assertThat(card(12).front()).isEqualTo("What is a win-back campaign?");
        assertThat(card(12).back())
                .isEqualTo("An effort aimed at former buyers\nto bring them back with a tailored offer.");
    }

    @Test
    void a_lead_in_line_is_answered_by_the_run_on_list_under_it() {
        assertThat(card(9).front()).endsWith("defection:");
        assertThat(card(9).back()).startsWith("1 Price.");
    }

    @Test
    void labelled_lines_naming_what_a_question_compares_answer_it_together() {
        ReadDeck compare = new DeckReader().read("compare-lines.txt", Fixtures.text("compare-lines.txt"));
        // used to read "Booked repair: …" as the prompt of a card answered by "Collected: …"
        assertThat(compare.cards())
                .filteredOn(c -> c.front().startsWith("What is the difference"))
                .singleElement()
                .satisfies(c -> assertThat(c.back())
                        .startsWith("Walk-in:")
                        .contains("\nBooked repair:")
                        .contains("\nCollected:"));
        assertThat(compare.cards()).noneMatch(c -> c.front().startsWith("Booked repair"));
        assertThat(compare.cards()).anyMatch(c -> c.front().equals("Warranty claim"));
        assertThat(compare.cards()).hasSize(6);
    }
}
