package crmgraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypoMatcherTest {

    @Test
    void a_letter_swapped_dropped_or_doubled_inside_a_long_word_is_a_typo() {
        assertThat(TypoMatcher.typo("analystical crm", "analytical crm")).isTrue();
        assertThat(TypoMatcher.typo("customer retension", "customer retention")).isTrue();
        assertThat(TypoMatcher.typo("customise offer", "customize offer")).isTrue();
    }

    @Test
    void a_word_and_one_derived_from_it_by_its_ending_are_different_names() {
        assertThat(TypoMatcher.typo("persona", "personal")).isFalse();
        assertThat(TypoMatcher.typo("types of complainers", "types of complaint"))
                .isFalse();
        assertThat(TypoMatcher.typo("service provider", "service provision")).isFalse();
    }
}
