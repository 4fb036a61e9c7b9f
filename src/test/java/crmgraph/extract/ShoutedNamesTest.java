package crmgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShoutedNamesTest {

    @Test
    void a_name_written_in_capitals_is_lower_case_where_its_words_are_english_words() {
        assertThat(Names.clean("PRICE TIERS")).isEqualTo("price tiers");
        assertThat(Names.clean("SERVQUAL DIMENSIONS")).isEqualTo("SERVQUAL dimensions");
        assertThat(Names.clean("THE FOUR PERILS OF CRM")).isEqualTo("four perils of CRM");
    }

    @Test
    void one_word_in_capitals_and_names_with_lower_case_letters_keep_their_capitals() {
        assertThat(Names.clean("IDIC")).isEqualTo("IDIC");
        assertThat(Names.clean("CHURN")).isEqualTo("CHURN");
        assertThat(Names.clean("Net Promoter Score")).isEqualTo("Net Promoter Score");
        assertThat(Names.clean("B2B CRM")).isEqualTo("B2B CRM");
    }
}
