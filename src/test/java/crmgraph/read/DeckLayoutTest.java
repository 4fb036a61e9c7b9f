package crmgraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain-line decks read as a whole: the shapes students' files come in, each on a deck written for the test. */
class DeckLayoutTest {

    private static ReadDeck read(String... lines) {
        return new DeckReader().read("deck.txt", String.join("\n", lines) + "\n");
    }

    private static ReadDeck read(ReadOptions options, String... lines) {
        return new DeckReader().read("deck.txt", String.join("\n", lines) + "\n", options);
    }

    private static List<String> fronts(ReadDeck deck) {
        return deck.cards().stream().map(Card::front).toList();
    }

    private static List<String> backs(ReadDeck deck) {
        return deck.cards().stream().map(Card::back).toList();
    }

    @Test
    void an_answer_first_deck_pairs_each_question_with_the_line_before_it() {
        ReadDeck deck = read(
                "Unit 5 revision cards",
                "price bundling",
                "Selling two or more products together for one price is called:",
                "loss leader",
                "A product sold below cost to draw shoppers into the store is known as a",
                "reference price",
                "The price a shopper has in mind when judging an offer is referred to as the:");
        assertThat(fronts(deck))
                .containsExactly(
                        "Selling two or more products together for one price is called:",
                        "A product sold below cost to draw shoppers into the store is known as a",
                        "The price a shopper has in mind when judging an offer is referred to as the:");
        assertThat(backs(deck)).containsExactly("price bundling", "loss leader", "reference price");
        assertThat(deck.layout()).isEqualTo(Layout.ANSWER_FIRST);
        assertThat(deck.dropped())
                .singleElement()
                .satisfies(d -> assertThat(d.kind()).isEqualTo(DroppedLine.Kind.FURNITURE));
    }

    @Test
    void a_course_title_without_a_blank_line_does_not_shift_the_pairs() {
        ReadDeck deck = read(
                "BUS 214 Services Marketing",
                "service blueprint",
                "a diagram of every step in delivering a service, split by what the customer sees and does not see",
                "line of visibility",
                "the boundary on a blueprint between onstage and backstage actions");
        assertThat(fronts(deck)).containsExactly("service blueprint", "line of visibility");
        assertThat(deck.dropped()).extracting(DroppedLine::line).containsExactly(1);
    }

    @Test
    void a_title_followed_by_a_blank_line_is_dropped_as_furniture() {
        ReadDeck deck = read(
                "Customer loyalty, week two",
                "",
                "loyalty card",
                "a card that records purchases so regular buyers can collect rewards",
                "lapsed buyer",
                "someone who bought before but not in the last twelve months");
        assertThat(fronts(deck)).containsExactly("loyalty card", "lapsed buyer");
    }

    @Test
    void a_definition_wrapped_onto_a_second_line_stays_one_definition() {
        ReadDeck deck = read(
                "moments of truth",
                "the brief encounters in which a customer forms or changes an impression of",
                "the firm, such as a call or a checkout",
                "service recovery paradox",
                "the finding that a customer whose complaint is handled well may end up more loyal than one who never had a problem");
        assertThat(fronts(deck)).containsExactly("moments of truth", "service recovery paradox");
        assertThat(deck.cards().get(0).back())
                .isEqualTo(
                        "the brief encounters in which a customer forms or changes an impression of the firm, such as a call or a checkout");
        assertThat(deck.cards().get(0).endLine()).isEqualTo(3);
    }

    @Test
    void fill_in_cards_pair_with_an_answer_that_has_a_part_for_each_blank() {
        ReadDeck deck = read(
                "_____ is the total discounted profit a customer brings over the whole relationship.",
                "customer lifetime value",
                "Winning a customer back usually costs _____ than keeping one, so firms invest in _____.",
                "more; retention",
                "_____ is the share of a category's spend that one supplier captures.",
                "share of wallet");
        assertThat(backs(deck)).containsExactly("customer lifetime value", "more; retention", "share of wallet");
        assertThat(deck.cards()).noneMatch(Card::uncertain);
    }

    @Test
    void a_multiple_choice_question_keeps_its_options_on_the_front_and_its_answer_on_the_back() {
        ReadDeck deck = read(
                "Which dimension of service quality is about keeping promises?",
                "a) empathy",
                "b) reliability",
                "c) tangibles",
                "d) assurance",
                "Answer: b",
                "Customer equity is",
                "A. the sum of the lifetime values of all customers",
                "B. the book value of a firm",
                "C. the number of customers",
                "A");
        assertThat(deck.cards()).hasSize(2);
        assertThat(deck.cards().get(0).front()).startsWith("Which dimension").contains("\nb) reliability");
        assertThat(backs(deck))
                .as("the answer names the option, which the back spells out")
                .containsExactly("b) reliability", "A. the sum of the lifetime values of all customers");
        assertThat(deck.format()).contains("multiple-choice");
    }

    @Test
    void study_site_labels_counters_and_rating_widgets_are_furniture() {
        ReadDeck deck = read(
                "9 cards in this set",
                "Front",
                "Back",
                "1/9",
                "What is a service level agreement?",
                "A written promise of response and fix times between a provider and a client.",
                "How well did you know this?",
                "1",
                "2",
                "3",
                "4",
                "5",
                "Not at all",
                "Perfectly",
                "",
                "2/9",
                "What is first contact resolution?",
                "The share of problems solved in the customer's first call.");
        assertThat(fronts(deck))
                .containsExactly("What is a service level agreement?", "What is first contact resolution?");
        assertThat(backs(deck).get(0)).doesNotContain("Perfectly");
        assertThat(deck.furnitureCount()).isEqualTo(13);
    }

    @Test
    void an_unanswered_question_never_borrows_the_next_card() {
        ReadDeck deck = read(
                "What is a customer advocate?",
                "A customer who recommends the firm without being asked.",
                "What is the loyalty ladder?",
                "What is churn?",
                "The share of customers lost over a period.");
        assertThat(fronts(deck))
                .containsExactly("What is a customer advocate?", "What is the loyalty ladder?", "What is churn?");
        assertThat(backs(deck))
                .containsExactly(
                        "A customer who recommends the firm without being asked.",
                        "",
                        "The share of customers lost over a period.");
    }

    @Test
    void a_deck_whose_orientation_changes_from_card_to_card_still_reads_right() {
        ReadDeck deck = read(
                "permission marketing",
                "sending offers only to people who have agreed to receive them",
                "opt-in",
                "a customer's explicit agreement to be contacted",
                "the practice of checking new records against existing ones so each customer appears once",
                "de-duplication",
                "data steward",
                "the person responsible for keeping a set of customer data accurate");
        assertThat(fronts(deck)).containsExactly("permission marketing", "opt-in", "de-duplication", "data steward");
        assertThat(deck.cards().get(2).back()).startsWith("the practice of checking");
        assertThat(deck.layout()).isEqualTo(Layout.TERM_FIRST);
    }

    @Test
    void a_question_first_answer_may_run_over_several_lines_until_the_next_question() {
        ReadDeck deck = read(
                "what are the two sides of a loyalty programme's cost?",
                "rewards",
                "(points, discounts, gifts)",
                "",
                "running costs",
                "(software, staff, partner fees)",
                "what's breakage?",
                "rewards earned but never claimed",
                "what's a coalition scheme?",
                "one programme shared by several retailers");
        assertThat(fronts(deck))
                .containsExactly(
                        "what are the two sides of a loyalty programme's cost?",
                        "what's breakage?",
                        "what's a coalition scheme?");
        assertThat(deck.cards().get(0).back())
                .isEqualTo("rewards\n(points, discounts, gifts)\nrunning costs\n(software, staff, partner fees)");
    }

    @Test
    void lines_that_could_pair_either_way_are_marked_uncertain_with_the_other_reading() {
        ReadDeck deck = read(
                "relationship equity",
                "brand equity",
                "value equity",
                "the customer's objective judgement of an offer's worth");
        assertThat(deck.cards()).anyMatch(Card::uncertain);
        Card unsure = deck.cards().stream().filter(Card::uncertain).findFirst().orElseThrow();
        assertThat(unsure.doubt().why()).isNotBlank();
    }

    @Test
    void a_chosen_layout_is_read_as_chosen_and_lines_can_be_skipped() {
        String[] lines = {
            "Term list", "Second title line", "churn", "customers who leave", "retention", "customers who stay"
        };
        ReadDeck asked = read(new ReadOptions(Layout.DEFINITION_FIRST, 2), lines);
        assertThat(asked.layout()).isEqualTo(Layout.DEFINITION_FIRST);
        assertThat(fronts(asked)).containsExactly("customers who leave", "customers who stay");
        assertThat(asked.dropped()).extracting(DroppedLine::line).containsExactly(1, 2);
        ReadDeck found = read(new ReadOptions(Layout.AUTO, 2), lines);
        assertThat(fronts(found)).containsExactly("churn", "retention");
    }
}
