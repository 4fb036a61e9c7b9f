package crmgraph.extract;

import static crmgraph.extract.OneCard.definitions;
import static crmgraph.extract.OneCard.extract;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StandsForTest {

    @Test
    void an_acronym_asked_for_is_the_alias_of_the_name_the_answer_spells_out_and_what_follows_defines_it() {
        Extraction x =
                extract("What does CES stand for?", "Customer effort score - how easy buyers found it to get help.");
        assertThat(definitions(x)).containsExactly("Customer effort score: how easy buyers found it to get help.");
        assertThat(x.concepts()).allSatisfy(c -> assertThat(c.aliases()).contains("CES"));
    }

    @Test
    void an_answer_that_does_not_spell_the_acronym_out_is_read_as_before() {
        Extraction x = extract("What does CES stand for?", "How easy buyers found it to get help from the firm.");
        assertThat(definitions(x)).containsExactly("CES: How easy buyers found it to get help from the firm.");
    }
}
