package crmgraph.read;

import crmgraph.testing.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DelimitedReaderTest {

    @Test
    void tab_separated_exports_drop_header_rows_and_html_and_turn_definition_first_rows() {
        ReadDeck deck = new DeckReader().read("delimited.tsv", Fixtures.text("delimited.tsv"));
        assertThat(deck.format()).isEqualTo("tsv");
        assertThat(deck.cards()).extracting(Card::front).containsExactly("Net Value Added (NVA)", "Experience uplift", "RFV model");
        assertThat(deck.cards().get(0).back()).isEqualTo("The gain a buyer gets after costs, written in value terms.\nOften used in B2B.");
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
}
