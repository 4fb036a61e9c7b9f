package crmgraph.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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

    @Test
    void numbered_exam_questions_take_the_lines_below_as_their_answer_without_the_marks() {
        ReadDeck d = new DeckReader()
                .read(
                        "paper.txt",
                        "Past paper answers\n\nQ1. What is a loyalty ladder?\nA path that moves buyers from prospect to"
                                + " advocate.\n\nQ2. Why do schemes fail? (6 marks)\n- rewards nobody wants\n- no data"
                                + " use\n\nQ3. Define share of wallet.\nThe part of a buyer's spend in a category that one"
                                + " firm wins.\n");
        assertThat(d.format()).isEqualTo("qa-rated");
        assertThat(d.cards())
                .extracting(Card::front, Card::back, Card::line)
                .containsExactly(
                        tuple("What is a loyalty ladder?", "A path that moves buyers from prospect to advocate.", 3),
                        tuple("Why do schemes fail?", "- rewards nobody wants\n- no data use", 6),
                        tuple(
                                "Define share of wallet.",
                                "The part of a buyer's spend in a category that one firm wins.",
                                10));
    }

    @Test
    void questions_without_a_marker_close_at_their_marked_answers() {
        ReadDeck d = new DeckReader()
                .read(
                        "gapfill.txt",
                        "Seminar gap-fill\n\n1. _____ is the share of buyers a firm keeps each year.\n   ans: retention"
                                + " rate\n2. Buyers who leave for a rival are said to _____.\n   ans: defect\n3. A"
                                + " _____ rewards repeat buying with points.\n   ans: loyalty scheme\n");
        assertThat(d.cards())
                .extracting(Card::front, Card::back)
                .containsExactly(
                        tuple("_____ is the share of buyers a firm keeps each year.", "retention rate"),
                        tuple("Buyers who leave for a rival are said to _____.", "defect"),
                        tuple("A _____ rewards repeat buying with points.", "loyalty scheme"));
        assertThat(d.cards()).extracting(Card::line).containsExactly(3, 5, 7);
    }

    @Test
    void options_on_one_line_are_options_and_the_answer_letter_names_one() {
        ReadDeck d = new DeckReader()
                .read(
                        "quiz.txt",
                        "Question 1 (1 pt)\nWhich tier earns the most points?\na) bronze   b) silver   c) gold\nAnswer:"
                                + " c\n\nQuestion 2 (1 pt)\nA scheme run by several firms together is a:\na) coalition"
                                + " scheme   b) solo scheme\nAnswer: a\n\nQuestion 3 (2 pts)\nPoints that lapse are"
                                + " called:\na) breakage   b) churn\nAnswer: a\n");
        assertThat(d.cards()).extracting(Card::back).containsExactly("c) gold", "a) coalition scheme", "a) breakage");
        assertThat(d.cards().get(0).front())
                .isEqualTo("Which tier earns the most points?\na) bronze\nb) silver\nc) gold");
    }

    @Test
    void answers_that_run_on_into_the_next_question_leave_the_file_to_the_line_reader() {
        ReadDeck d = new DeckReader()
                .read(
                        "mcq.txt",
                        "Which tier earns most?\nA) bronze\nB) gold\nAnswer: B\nWhich tier earns least?\nA)"
                                + " bronze\nB) gold\nAnswer: A\nWhat lapses?\nA) points\nB) tiers\nAnswer: A\n");
        assertThat(d.format()).isNotEqualTo("qa-rated");
    }

    @Test
    void markdown_notes_made_of_marked_questions_and_answers_are_read_as_cards_not_as_terms_named_q_and_a() {
        ReadDeck d = new DeckReader().read("hurried.md", """
                        # Complaints

                        Q: What is a service failure?
                        A: A moment when the service falls short of what the customer expected.

                        Q: What does service recovery aim at?
                        A: Turning an unhappy customer into a loyal one.

                        ## Feedback

                        Q: Which four channels carry most complaints?
                        A: Phone, email, chat and social media.
                        """);
        assertThat(d.format()).isEqualTo("qa-rated");
        assertThat(d.cards())
                .extracting(Card::front)
                .containsExactly(
                        "What is a service failure?",
                        "What does service recovery aim at?",
                        "Which four channels carry most complaints?");
        assertThat(d.cards().get(2).back()).isEqualTo("Phone, email, chat and social media.");
    }
}
