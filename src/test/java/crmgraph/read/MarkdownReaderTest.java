package crmgraph.read;

import crmgraph.testing.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownReaderTest {

    private final ReadDeck deck = new DeckReader().read("notes.md", Fixtures.text("notes.md"));

    @Test
    void term_colon_definition_lines_are_cards_bold_or_not() {
        assertThat(deck.cards()).extracting(Card::front).contains("Defection", "Win-back offer");
    }

    @Test
    void a_section_with_prose_and_a_list_is_one_card_under_its_heading() {
        Card model = deck.cards().stream().filter(c -> c.front().contains("REAP")).findFirst().orElseThrow();
        assertThat(model.back()).contains("1. Recognise").contains("4. Personalise");
        assertThat(model.line()).isEqualTo(9);
        assertThat(model.endLine()).isEqualTo(16);
    }

    @Test
    void nested_bullets_under_a_term_bullet_are_its_definition_and_bare_headings_are_furniture() {
        assertThat(deck.cards()).extracting(Card::front).contains("Behavioural loyalty", "Attitudinal loyalty");
        assertThat(deck.dropped()).extracting(DroppedLine::line).containsExactly(1, 3, 18);
    }
}
