package crmgraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.testing.Fixtures;
import org.junit.jupiter.api.Test;

class DelimitedReaderTest {

    @Test
    void tab_separated_exports_drop_header_rows_and_html_and_keep_the_order_their_column_names_give() {
        ReadDeck deck = new DeckReader().read("delimited.tsv", Fixtures.text("delimited.tsv"));
        assertThat(deck.format()).isEqualTo("tsv");
        // "term, definition": the one record that reads definition first is read as the file says, not turned alone
        assertThat(deck.cards())
                .extracting(Card::front)
                .containsExactly(
                        "Net Value Added (NVA)", "A rise in spend caused by a better experience.", "RFV model");
        assertThat(deck.cards().get(0).back())
                .isEqualTo("The gain a buyer gets after costs, written in value terms.\nOften used in B2B.");
        assertThat(deck.dropped()).extracting(DroppedLine::line).containsExactly(1, 2);
    }

    @Test
    void comma_separated_exports_honour_quotes_and_line_breaks_inside_fields() {
        ReadDeck deck = new DeckReader().read("delimited.csv", Fixtures.text("delimited.csv"));
        assertThat(deck.cards()).hasSize(2);
        assertThat(deck.cards().get(0).back()).contains("market, compared");
        assertThat(deck.cards().get(1).back()).contains("\nmeasured each quarter");
        assertThat(deck.cards().get(1).endLine()).isEqualTo(4);
    }

    @Test
    void a_column_name_row_is_furniture_even_with_a_question_mark_on_a_column() {
        ReadDeck deck = new DeckReader()
                .read(
                        "glossary.csv",
                        "Term;Definition;Week;Learnt?\n"
                                + "Win-back;Bringing lost buyers back with an offer made for them;W4;x\n"
                                + "Churn;The share of buyers who stop buying in a period;W4;\n");
        assertThat(deck.cards()).extracting(Card::front).containsExactly("Win-back", "Churn");
        assertThat(deck.dropped()).extracting(DroppedLine::line).containsExactly(1);
    }

    private static ReadDeck tsv(String... records) {
        return new DeckReader().read("deck.tsv", String.join("\n", records) + "\n");
    }

    @Test
    void a_term_that_reads_like_a_sentence_in_a_term_first_file_is_not_turned_round() {
        ReadDeck deck = tsv(
                "Churn\tThe share of customers who stop buying from a firm in a period.",
                "Wallet share\tThe part of a buyer's total spend in a category that one firm wins.",
                "The customer is always right, whatever they happen to ask for\tService motto",
                "Upselling\tSelling a dearer version of what the buyer already takes.");

        assertThat(deck.cards())
                .extracting(Card::front)
                .containsExactly(
                        "Churn",
                        "Wallet share",
                        "The customer is always right, whatever they happen to ask for",
                        "Upselling");
    }

    @Test
    void a_file_that_mostly_gives_the_definition_first_is_turned_round_as_a_whole() {
        ReadDeck deck = tsv(
                "The share of customers who stop buying from a firm in a period.\tChurn",
                "The part of a buyer's total spend in a category that one firm wins.\tWallet share",
                "Buyers lost\tAttrition",
                "Selling a dearer version of what the buyer already takes.\tUpselling");

        assertThat(deck.cards())
                .extracting(Card::front)
                .containsExactly("Churn", "Wallet share", "Attrition", "Upselling");
        assertThat(deck.cards()).extracting(Card::back).contains("Buyers lost");
    }

    @Test
    void front_and_back_column_names_leave_the_order_to_the_records() {
        ReadDeck deck = tsv(
                "Front\tBack",
                "The share of customers who stop buying from a firm in a period.\tChurn",
                "The part of a buyer's total spend in a category that one firm wins.\tWallet share",
                "Spend won\tShare of wallet");

        assertThat(deck.cards()).extracting(Card::front).containsExactly("Churn", "Wallet share", "Share of wallet");
    }

    @Test
    void column_names_giving_the_definition_first_turn_every_record_round() {
        ReadDeck deck = tsv("Definition\tTerm", "Buyers lost in a period\tChurn", "Spend won\tWallet share");

        assertThat(deck.cards()).extracting(Card::front).containsExactly("Churn", "Wallet share");
        assertThat(deck.cards()).extracting(Card::back).containsExactly("Buyers lost in a period", "Spend won");
    }

    @Test
    void a_quiz_sheet_gives_each_question_its_right_answers_and_its_template_rows_are_furniture() {
        String csv = ",My quiz template,,,,,\n"
                + ",Question,Answer 1,Answer 2,Answer 3,Time limit,Correct answer(s)\n"
                + "1,Buyers who stay only because leaving is a hassle show:,inertia,delight,trust,20,1\n"
                + "2,Which TWO are kinds of loyalty scheme?,coalition,tiered,charter,30,\"1,2\"\n"
                + "3,A tick box ticked in advance counts as consent,True,False,,10,2\n";
        ReadDeck deck = new DeckReader().read("quiz.csv", csv);
        assertThat(deck.cards())
                .extracting(Card::front, Card::back)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Buyers who stay only because leaving is a hassle show:", "inertia"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Which TWO are kinds of loyalty scheme?", "coalition, tiered"),
                        org.assertj.core.groups.Tuple.tuple("A tick box ticked in advance counts as consent", "False"));
        assertThat(deck.dropped()).extracting(DroppedLine::line).containsExactly(1, 2);
    }
}
