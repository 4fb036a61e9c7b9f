package crmgraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CardChromeTest {

    private static final String RATE = "How sure are you? 1 Lost 2 3 4 Sure";

    private static ReadDeck read(String text) {
        return new DeckReader().read("site.txt", text);
    }

    private static String qa(int n, String question, String answer, String closing) {
        return n + "\nQ\n" + question + "\nA\n" + answer + "\n" + closing + "\n\n";
    }

    @Test
    void a_line_closing_most_cards_of_a_deck_is_cut_from_every_back_and_reported_with_its_lines() {
        ReadDeck deck = read(qa(1, "What is churn?", "The share of customers lost in a year.", RATE)
                + qa(2, "What is retention?", "Keeping the customers a firm already has.", RATE)
                + qa(3, "What is a loyalty ladder?", "The rungs a buyer climbs from prospect to advocate.", RATE)
                + qa(4, "What is cross-selling?", "Selling a customer something beside what they buy.", RATE));

        assertThat(deck.cards())
                .extracting(Card::back)
                .containsExactly(
                        "The share of customers lost in a year.",
                        "Keeping the customers a firm already has.",
                        "The rungs a buyer climbs from prospect to advocate.",
                        "Selling a customer something beside what they buy.");
        assertThat(deck.dropped())
                .filteredOn(d -> d.text().equals(RATE))
                .extracting(DroppedLine::line, DroppedLine::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(6, DroppedLine.Kind.FURNITURE),
                        org.assertj.core.groups.Tuple.tuple(13, DroppedLine.Kind.FURNITURE),
                        org.assertj.core.groups.Tuple.tuple(20, DroppedLine.Kind.FURNITURE),
                        org.assertj.core.groups.Tuple.tuple(27, DroppedLine.Kind.FURNITURE));
        assertThat(deck.warnings())
                .contains("line 6: \"" + RATE + "\" closes 4 of 4 cards (lines 6, 13, 20, 27):"
                        + " dropped from them as the study site's furniture");
    }

    @Test
    void a_closing_line_after_a_numbered_list_is_cut_so_the_last_member_stays_clean() {
        ReadDeck deck = read(qa(1, "Name the three gaps", "1. listening gap\n2. design gap\n3. delivery gap", RATE)
                + qa(2, "What is churn?", "The share of customers lost in a year.", RATE)
                + qa(3, "What is retention?", "Keeping the customers a firm already has.", RATE));

        assertThat(deck.cards().get(0).back()).isEqualTo("1. listening gap\n2. design gap\n3. delivery gap");
    }

    @Test
    void a_definition_line_two_cards_share_is_content_and_stays() {
        String shared = "Both are measured per quarter.";
        ReadDeck deck = read(qa(1, "What is churn?", "The share of customers lost.", shared)
                + qa(2, "What is retention?", "The share of customers kept.", shared)
                + qa(3, "What is a loyalty ladder?", "The rungs a buyer climbs.", "From prospect to advocate.")
                + qa(4, "What is cross-selling?", "Selling something beside the usual.", "Often at the till."));

        assertThat(deck.cards().get(0).back()).isEqualTo("The share of customers lost.\n" + shared);
        assertThat(deck.cards().get(1).back()).endsWith(shared);
        assertThat(deck.warnings()).noneMatch(w -> w.contains("furniture"));
    }

    @Test
    void a_line_that_is_a_whole_answer_somewhere_is_an_answer_not_chrome() {
        String answer = "Customer lifetime value, summed over every year the buyer stays with the firm.";
        ReadDeck deck = read(qa(1, "What does CLV stand for?", "It is short for", answer)
                + qa(2, "Which metric sums future margins?", "The metric is", answer)
                + qa(3, "Which value do tier schemes rank?", "They rank by", answer)
                + qa(4, "What is the key metric of week 4?", answer, "")
                + qa(5, "What is churn?", "The share of customers lost.", ""));

        assertThat(deck.cards().get(0).back()).endsWith(answer);
        assertThat(deck.cards().get(2).back()).endsWith(answer);
    }

    @Test
    void once_a_line_shows_itself_chrome_it_goes_where_another_site_line_follows_it() {
        ReadDeck deck = read(qa(1, "What is churn?", "The share of customers lost in a year.", RATE)
                + qa(2, "What is retention?", "Keeping the customers a firm already has.", RATE)
                + qa(3, "What is a loyalty ladder?", "The rungs a buyer climbs from prospect to advocate.", RATE)
                + qa(
                        4,
                        "What is cross-selling?",
                        "Selling a customer something beside what they buy.",
                        RATE + "\nNext deck"));

        assertThat(deck.cards().get(3).back()).doesNotContain(RATE);
        assertThat(deck.dropped()).filteredOn(d -> d.text().equals(RATE)).hasSize(4);
    }
}
