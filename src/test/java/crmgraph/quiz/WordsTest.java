package crmgraph.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NumericChars;
import org.junit.jupiter.api.Test;

class WordsTest {

    @Property
    void a_plain_word_takes_the_short_way_to_the_same_normal_form(@ForAll @AlphaChars @NumericChars String word) {
        assertThat(Words.normal(word)).isEqualTo(Words.fold(word));
    }

    @Property
    void any_text_gets_the_same_normal_form_either_way(
            @ForAll @AlphaChars @NumericChars @Chars({' ', '-', '\'', 'é', 'ß', '’', '.'}) String text) {
        assertThat(Words.normal(text)).isEqualTo(Words.fold(text));
    }

    @Test
    void case_accents_punctuation_and_a_leading_article_are_folded() {
        assertThat(Words.normal("The Self-Service Café")).isEqualTo("self service cafe");
        assertThat(Words.normal("CRM")).isEqualTo("crm");
        assertThat(Words.normal(null)).isEmpty();
    }
}
