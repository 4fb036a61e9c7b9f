package crmgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RestatedAliasTest {

    @Test
    void a_definition_restating_its_term_with_another_name_gives_that_name() {
        assertThat(ProseDefinitions.restatedAlias(
                        "defection model",
                        "A defection model, also called leaver model, scores each buyer's risk of going"))
                .contains("leaver model");
        assertThat(ProseDefinitions.restatedAlias(
                        "Share of wallet",
                        "Share of wallet (also known as share of customer) is the part of a buyer's spend"))
                .contains("share of customer");
    }

    @Test
    void another_name_given_for_something_else_in_the_definition_is_no_alias() {
        assertThat(ProseDefinitions.restatedAlias(
                        "defection model",
                        "A model that scores each buyer, also called a risk score, by recent behaviour"))
                .isEmpty();
        assertThat(ProseDefinitions.restatedAlias("Win-back", "Bringing back buyers who left"))
                .isEmpty();
    }
}
