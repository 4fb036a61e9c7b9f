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

    @Test
    void two_words_the_dictionaries_both_know_are_different_names() {
        // "operand resources" used to be merged into "operant resources", its opposite in S-D logic
        assertThat(TypoMatcher.typo("operand resources", "operant resources")).isFalse();
        assertThat(TypoMatcher.typo("complaint bahaviour", "complaint behaviour"))
                .isTrue();
        assertThat(TypoMatcher.typo("loyalty programme", "loyalty program")).isFalse();
    }

    @Test
    void a_word_shortened_as_notes_do_is_the_same_name() {
        assertThat(TypoMatcher.pairs(java.util.List.of("avg basket size", "average basket size", "basket size")))
                .containsExactly(new TypoMatcher.Pair("avg basket size", "average basket size"));
        assertThat(TypoMatcher.pairs(java.util.List.of("account mgmt", "account management")))
                .hasSize(1);
        assertThat(TypoMatcher.pairs(java.util.List.of("cust complaints", "customer complaints")))
                .hasSize(1);
    }

    @Test
    void a_real_word_or_a_shorthand_of_two_names_is_no_shorthand() {
        assertThat(TypoMatcher.pairs(java.util.List.of("pay rise", "payment rise")))
                .isEmpty();
        assertThat(TypoMatcher.pairs(java.util.List.of("mkt research", "market research", "marketing research")))
                .isEmpty();
        assertThat(TypoMatcher.shorthand("form", "format")).isFalse();
        assertThat(TypoMatcher.shorthand("crm", "customer")).isFalse();
        // a lone short word is an acronym more likely than a shorthand, and a word some name writes in capitals is one
        assertThat(TypoMatcher.pairs(java.util.List.of("crm", "criticism"))).isEmpty();
        assertThat(TypoMatcher.pairs(java.util.List.of("crm audit", "criticism audit"), java.util.Set.of("crm")))
                .isEmpty();
    }
}
