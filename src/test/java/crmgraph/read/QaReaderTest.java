package crmgraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.testing.Fixtures;
import org.junit.jupiter.api.Test;

class QaReaderTest {

    private final ReadDeck deck = new DeckReader().read("qa-rated.txt", Fixtures.text("qa-rated.txt"));

    @Test
    void rated_question_and_answer_exports_become_one_card_per_question() {
        assertThat(deck.format()).isEqualTo("qa-rated");
        assertThat(deck.cards())
                .extracting(Card::front)
                .containsExactly("What is a loyalty ladder?", "What kinds of rewards are there?", "What is churn?");
        assertThat(deck.cards().get(0).line()).isEqualTo(3);
        assertThat(deck.cards().get(0).back()).contains("staged path").contains("retention campaigns");
    }

    @Test
    void rating_scales_titles_and_promotional_lines_are_dropped_as_furniture_with_their_line_numbers() {
        assertThat(deck.dropped()).allMatch(d -> d.kind() == DroppedLine.Kind.FURNITURE);
        assertThat(deck.dropped()).extracting(DroppedLine::line).contains(1, 11, 12, 13, 18, 28, 51, 52);
        assertThat(deck.cards().get(1).back()).doesNotContain("trial");
    }

    @Test
    void a_definition_asked_for_its_term_is_turned_round() {
        ReadDeck d = new DeckReader()
                .read(
                        "x.txt",
                        "1\nQ\nThe share of buyers who stay with a firm over a year.\nA\nRetention rate\n2\nQ\nWhat is churn?\nA\nBuyers leaving.\n");
        assertThat(d.cards().get(0).front()).isEqualTo("Retention rate");
        assertThat(d.cards().get(0).back()).startsWith("The share of buyers");
        assertThat(d.cards().get(1).front()).isEqualTo("What is churn?");
    }

    @Test
    void a_question_without_an_answer_is_still_a_card() {
        assertThat(deck.cards().get(2).back()).isEmpty();
    }
}
