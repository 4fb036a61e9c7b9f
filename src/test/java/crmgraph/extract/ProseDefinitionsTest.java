package crmgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What reads as a definition without a subject: a description, not a remark, an instruction, a byline or a citation. */
class ProseDefinitionsTest {

    private static boolean subjectless(String sentence) {
        return ProseDefinitions.subjectless(NoteWords.sentences(sentence).get(0));
    }

    @Test
    void a_noun_phrase_with_its_modifiers_describes() {
        assertThat(subjectless("The share of customers who stop buying in a given period."))
                .isTrue();
        assertThat(subjectless("money plus time, effort and worry spent on a purchase"))
                .isTrue();
        assertThat(subjectless("Automates selling, marketing and service work at the front office."))
                .isTrue();
        assertThat(subjectless("the shop's most loyal regulars.")).isTrue();
        assertThat(subjectless(
                        "shoppers who bring the footfall needed to fill the store, but whose baskets stay small."))
                .isTrue();
        assertThat(subjectless("a sum each cashier can hand out on the spot, no manager approval needed."))
                .isTrue();
    }

    @Test
    void a_title_after_an_article_is_a_name_not_a_description() {
        assertThat(subjectless("the Loyalty Card Handbook")).isFalse();
    }

    @Test
    void a_subject_with_its_own_verb_is_a_remark_even_where_the_tagger_reads_the_verb_as_a_noun() {
        assertThat(subjectless("the loyalty market changes quickly.")).isFalse();
        assertThat(subjectless("the rules of most schemes shift every year.")).isFalse();
        assertThat(subjectless("A small bakery gives every tenth coffee away.")).isFalse();
        assertThat(subjectless("A plain version for a subscription firm multiplies the yearly margin by a factor."))
                .isFalse();
        assertThat(subjectless("The first stamp cards appeared in cafés in the 1990s."))
                .isFalse();
    }

    @Test
    void an_instruction_describes_nothing() {
        assertThat(subjectless("Check the current terms before you quote them."))
                .isFalse();
    }

    @Test
    void names_in_a_row_describe_nothing() {
        assertThat(subjectless("Seminar 7 \u00B7 MKT 1150 Retail Marketing \u00B7 autumn term"))
                .isFalse();
        assertThat(subjectless("Okafor, A.")).isFalse();
    }

    @Test
    void a_question_asked_is_no_indirect_question_defining_a_term() {
        assertThat(ProseDefinitions.subjectlessOrHow(
                        NoteWords.sentences("What is churn?").get(0)))
                .isFalse();
        assertThat(ProseDefinitions.subjectlessOrHow(NoteWords.sentences("how a firm wins back lost customers")
                        .get(0)))
                .isTrue();
    }

    @Test
    void a_long_word_the_tagger_calls_a_conjunction_is_read_as_a_noun() {
        assertThat(NoteHeadings.term("Brand ambassador")).isTrue();
    }

    @Test
    void a_description_opening_with_any_is_a_definition_without_subject() {
        assertThat(ProseDefinitions.subjectless(Tagged.of("any information that points to one living person")))
                .isTrue();
        assertThat(ProseDefinitions.subjectless(Tagged.of("any firm can send offers to its own buyers")))
                .isFalse();
    }
}
