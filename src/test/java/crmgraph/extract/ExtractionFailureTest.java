package crmgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import crmgraph.InternalFaultException;
import crmgraph.read.Card;
import crmgraph.read.ReadDeck;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A card whose extraction fails is kept with what was found before the failure, and the failure is reported. */
class ExtractionFailureTest {

    private static final ReadDeck DECK = new ReadDeck(
            "test",
            "lines",
            List.of(
                    new Card(1, "Churn", "The share of customers lost in a period.", 1, 1),
                    new Card(2, "Wallet share", "The part of a buyer's spend one firm wins.", 3, 4),
                    new Card(3, "Upselling", "Selling a dearer version of what the buyer takes.", 6, 6)),
            List.of());

    /** The real rules, except that card 2 trips after its first fact, as a rule on unusual text might. */
    private static void trippingOnCardTwo(Card card, Facts facts) {
        if (card.ordinal() == 2) {
            facts.concept("Spend", null, card.ordinal());
            throw new IndexOutOfBoundsException("Index 5 out of bounds for length 5");
        }
        new CardExtractor()
                .extract(new ReadDeck("one", "lines", List.of(card), List.of()))
                .concepts()
                .forEach(c -> facts.concept(c.name(), c.aliases(), c.definition(), card.ordinal()));
    }

    @Test
    void the_failure_is_a_warning_naming_the_card_its_line_and_the_cause() {
        Extraction x = new CardExtractor(ExtractionFailureTest::trippingOnCardTwo).extract(DECK);

        assertThat(x.warnings())
                .containsExactly(
                        "card 2 (line 3): extraction failed (IndexOutOfBoundsException: Index 5 out of bounds for"
                                + " length 5); the card is kept with what was found before the failure");
    }

    @Test
    void the_card_keeps_the_facts_found_before_the_failure_and_its_plain_reading() {
        Extraction x = new CardExtractor(ExtractionFailureTest::trippingOnCardTwo).extract(DECK);

        assertThat(x.concepts())
                .extracting(ConceptFact::name)
                .containsExactly("Churn", "Spend", "Wallet share", "Upselling");
        assertThat(x.concepts().get(2).definition()).isEqualTo("The part of a buyer's spend one firm wins.");
    }

    @Test
    void cards_that_extract_cleanly_give_no_warning() {
        assertThat(new CardExtractor().extract(DECK).warnings()).isEmpty();
    }

    @Test
    void a_fault_of_the_machinery_is_no_card_failure_and_stops_the_extraction() {
        CardExtractor broken = new CardExtractor((card, facts) -> {
            throw new InternalFaultException("the OpenNLP models cannot be loaded: gone");
        });

        assertThatThrownBy(() -> broken.extract(DECK)).isInstanceOf(InternalFaultException.class);
    }
}
