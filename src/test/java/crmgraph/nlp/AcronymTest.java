package crmgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AcronymTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"CRM", "KPIs", "B2B", "eCRM", "IDIC", "US", "SERVQUAL", "ROI's", "ROI\u2019s", "SaaS", "R&D"})
    void words_written_in_capitals_are_acronyms_with_their_plural_or_possessive_ending(String word) {
        assertThat(Acronym.isAcronym(word)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "I", "Ok", "Is", "Customer", "iPhone", "McKinsey", "CUSTOMERSHIP", "E-CRM", "4Ps", ""})
    void single_capitals_capitalised_words_and_long_or_punctuated_words_are_not(String word) {
        assertThat(Acronym.isAcronym(word)).isFalse();
    }

    @Test
    void the_stem_drops_only_an_ending_after_a_capital() {
        assertThat(Acronym.stem("KPIs")).isEqualTo("KPI");
        assertThat(Acronym.stem("ROI's")).isEqualTo("ROI");
        assertThat(Acronym.stem("SaaS")).isEqualTo("SaaS");
        assertThat(Acronym.stem("US")).isEqualTo("US");
        assertThat(Acronym.stem("ideas")).isEqualTo("ideas");
    }

    @Test
    void the_acronyms_of_running_text_are_found_without_their_endings_in_order() {
        assertThat(Acronym.in("The KPIs of CRM-based B2B firms, and ROI's role in a US eCRM. I am Ok."))
                .containsExactly("KPI", "CRM", "B2B", "ROI", "US", "eCRM");
    }
}
