package crmgraph.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TyposTest {

    @Test
    void a_slip_one_edit_from_a_single_word_is_put_right() {
        assertThat(Typos.repaired("how a custmer rates the serivce after a purchse"))
                .isEqualTo("how a customer rates the service after a purchase");
    }

    @Test
    void terms_abbreviations_capitals_and_slips_that_could_be_several_words_stay_as_written() {
        String text = "the servicescape as the cust answerd it w/ the Custmer Portal and the webrooming habit";
        assertThat(Typos.repaired(text)).isEqualTo(text);
    }

    @Test
    void british_and_american_spellings_are_both_right() {
        assertThat(Typos.repaired("customer behaviour and customer behavior in the programme"))
                .isEqualTo("customer behaviour and customer behavior in the programme");
    }

    @Test
    void a_definition_shown_in_an_item_has_its_slips_put_right() {
        assertThat(DefinitionText.of("the level of personallity a firm gives its custmers"))
                .isEqualTo("the level of personality a firm gives its customers");
    }
}
