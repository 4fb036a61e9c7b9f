package crmgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromptParserTest {

    @Test
    void what_is_define_and_def_prompts_name_the_term() {
        assertThat(PromptParser.parse("What are loyalty schemes?"))
                .isEqualTo(Prompt.of(Prompt.Kind.DEFINE, "loyalty schemes"));
        assertThat(PromptParser.parse("Define the Service Blueprint"))
                .isEqualTo(Prompt.of(Prompt.Kind.DEFINE, "Service Blueprint"));
        assertThat(PromptParser.parse("Churn (def)").name()).isEqualTo("Churn");
        assertThat(PromptParser.parse("Wallet share definition").name()).isEqualTo("Wallet share");
        assertThat(PromptParser.parse("Explain switching costs").name()).isEqualTo("switching costs");
    }

    @Test
    void types_of_prompts_name_the_supertype() {
        Prompt p = PromptParser.parse("What types of loyalty schemes are there?");
        assertThat(p.kind()).isEqualTo(Prompt.Kind.TYPES);
        assertThat(p.name()).isEqualTo("loyalty schemes");
    }

    @Test
    void examples_asked_for_are_instances_of_what_they_exemplify_not_a_concept_named_examples() {
        Prompt p = PromptParser.parse("Give 3 examples of loyalty rewards.");
        assertThat(p.kind()).isEqualTo(Prompt.Kind.TYPES);
        assertThat(p.name()).isEqualTo("loyalty rewards");
    }

    @Test
    void a_number_before_a_singular_head_is_part_of_the_name_and_one_counting_the_head_is_not() {
        assertThat(PromptParser.parse("five forces model").name()).isEqualTo("five forces model");
        assertThat(PromptParser.parse("three key benefits").name()).isEqualTo("key benefits");
    }

    @Test
    void numbered_parts_of_a_whole_keep_their_place() {
        Prompt p = PromptParser.parse("Define Phase 3 of the Buying Journey");
        assertThat(p.kind()).isEqualTo(Prompt.Kind.PART);
        assertThat(p.whole()).isEqualTo("Buying Journey");
        assertThat(p.order()).isEqualTo(3);
        assertThat(p.name()).isEqualTo("Phase 3 of the Buying Journey");
    }

    @Test
    void list_questions_name_the_list() {
        Prompt p = PromptParser.parse("What are the drivers of switching behaviour?");
        assertThat(p.kind()).isEqualTo(Prompt.Kind.LIST);
        assertThat(p.name()).isEqualTo("drivers of switching behaviour");
    }

    @Test
    void a_long_sentence_leads_into_its_answer() {
        assertThat(PromptParser.parse("Gabriel argues that firms lose buyers for three reasons, listed below:")
                        .kind())
                .isEqualTo(Prompt.Kind.LEAD_IN);
    }

    @Test
    void which_type_of_x_takes_the_first_verb_when_a_later_plural_and_preposition_would_lengthen_x() {
        // used to be a kind named "club lets members collect and swap" defined as "stamps with …"
        Prompt p = PromptParser.parse("Which type of club lets members collect and swap stamps with many shops?");
        assertThat(p.kind()).isEqualTo(Prompt.Kind.NAMED_BY_ANSWER);
        assertThat(p.whole()).isEqualTo("club");
        assertThat(p.name()).startsWith("lets members collect");
    }

    @Test
    void a_name_in_title_case_keeps_its_as_a_while_a_role_in_lower_case_is_a_frame() {
        // "Infrastructure as a Service (IaaS)" used to define a concept "Infrastructure"
        assertThat(PromptParser.parse("Infrastructure as a Service (IaaS)").name())
                .startsWith("Infrastructure as a Service");
        assertThat(PromptParser.parse("Explain empathy as a service quality dimension")
                        .name())
                .isEqualTo("empathy");
    }

    @Test
    void an_instruction_whose_object_is_a_clause_names_no_term() {
        // used to define a concept "how a shop can win back" with the answer
        assertThat(OneCard.names(OneCard.extract(
                        "Discuss how a shop can win back buyers who left after a price rise.",
                        "By a personal call, a fair offer and proof that the cause was fixed.")))
                .isEmpty();
        assertThat(PromptParser.parse("Explain why loyalty schemes lose money").name())
                .isEmpty();
    }

    @Test
    void an_acronym_the_tagger_reads_as_a_verb_is_what_a_question_asks_about() {
        // "How can SFA fail" used to be about no concept, the acronym tagged a verb; with "Fail" capitalised, "Fail"
        assertThat(PromptParser.parse("How can SFA fail").name()).isEqualTo("SFA");
    }

    @Test
    void an_instruction_to_list_names_the_list_without_its_bracketed_gloss() {
        Prompt p = PromptParser.parse("Name the four loyalty drivers (TRUE)");
        assertThat(p.kind()).isEqualTo(Prompt.Kind.LIST);
        assertThat(p.name()).isEqualTo("loyalty drivers");
    }

    @Test
    void what_is_involved_in_x_lists_the_parts_of_x_and_names_no_concept_of_its_participle() {
        assertThat(PromptParser.parse("What is involved in a service recovery?"))
                .isEqualTo(Prompt.of(Prompt.Kind.LIST, "service recovery"));
        assertThat(PromptParser.parse("What's included in a loyalty programme?"))
                .isEqualTo(Prompt.of(Prompt.Kind.LIST, "loyalty programme"));
        assertThat(PromptParser.parse("What's important in key account management?"))
                .isEqualTo(Prompt.of(Prompt.Kind.ABOUT, "key account management"));
        assertThat(PromptParser.parse("What is paid media?")).isEqualTo(Prompt.of(Prompt.Kind.DEFINE, "paid media"));
    }
}
