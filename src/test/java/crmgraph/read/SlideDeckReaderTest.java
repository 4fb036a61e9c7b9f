package crmgraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Slides exported to text: each slide's title heads its bullets; slide numbers and note labels go. */
class SlideDeckReaderTest {

    private static final String DECK = String.join(
            "\n",
            "RETAIL CRM - week 3 slides",
            "",
            "Slide 1",
            "Loyalty schemes",
            "\u2022 Points scheme: spending earns points that buy rewards",
            "\u2022 Tiered scheme: members climb levels by spending more",
            "Speaker notes: ask who holds a supermarket card",
            "",
            "Slide 2",
            "Why schemes fail",
            "\u2022 Rewards nobody values",
            "\u2022 Data collected but never used",
            "",
            "Slide 3",
            "Questions?");

    private final ReadDeck deck = new DeckReader().read("week3.txt", DECK);

    @Test
    void a_slide_deck_is_read_as_notes_under_its_slide_titles() {
        assertThat(deck.format()).isEqualTo("slides");
        assertThat(deck.cards())
                .filteredOn(c -> c.front().equals("Points scheme"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.back()).isEqualTo("spending earns points that buy rewards");
                    assertThat(c.section()).endsWith("Loyalty schemes");
                    assertThat(c.line()).isEqualTo(5);
                });
        assertThat(deck.cards()).extracting(Card::front).contains("Why schemes fail");
    }

    @Test
    void slide_numbers_are_furniture_and_speaker_notes_keep_their_words_without_the_label() {
        assertThat(deck.dropped())
                .filteredOn(d -> d.kind() == DroppedLine.Kind.FURNITURE)
                .extracting(DroppedLine::line)
                .contains(3, 9, 14);
        assertThat(deck.cards()).anyMatch(c -> c.back().contains("ask who holds a supermarket card"));
        assertThat(deck.cards())
                .noneMatch(c -> c.front().contains("Speaker notes") || c.back().contains("Speaker notes"));
    }

    @Test
    void two_slide_markers_are_not_enough_to_take_a_file_for_slides() {
        ReadDeck few = new DeckReader()
                .read("x.txt", "Slide 1\nChurn\nCustomers leaving.\n\nSlide 2\nTrust\nBelief in a firm.\n");
        assertThat(few.format()).isNotEqualTo("slides");
    }
}
