package crmgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameCleaningTest {

    @Test
    void a_heading_written_in_capitals_is_lower_case_where_its_words_are_english_words() {
        assertThat(Names.unshouted("PRICE TIERS")).isEqualTo("price tiers");
        assertThat(Names.unshouted("PRICE TIERS (Lee 2019)")).isEqualTo("price tiers (Lee 2019)");
        assertThat(Names.unshouted("SERVQUAL DIMENSIONS")).isEqualTo("SERVQUAL dimensions");
        assertThat(Names.unshouted("FOUR PERILS OF CRM")).isEqualTo("four perils of CRM");
    }

    @Test
    void one_word_in_capitals_and_names_with_lower_case_letters_keep_their_capitals() {
        assertThat(Names.unshouted("IDIC")).isEqualTo("IDIC");
        assertThat(Names.unshouted("CHURN")).isEqualTo("CHURN");
        assertThat(Names.unshouted("Net Promoter Score")).isEqualTo("Net Promoter Score");
        assertThat(Names.unshouted("B2B CRM")).isEqualTo("B2B CRM");
    }

    @Test
    void the_head_of_an_arrow_left_before_a_name_is_no_part_of_it() {
        assertThat(Names.clean("> more research")).isEqualTo("more research");
        assertThat(Names.clean("\u2192 complaint analysis")).isEqualTo("complaint analysis");
    }
}
