package crmgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.RelationType;
import crmgraph.read.Card;
import crmgraph.read.ReadDeck;
import java.util.List;
import org.junit.jupiter.api.Test;

class CardExtractorTest {

    private static Extraction extract(Card... cards) {
        return new CardExtractor().extract(new ReadDeck("test", "lines", List.of(cards), List.of()));
    }

    private static Card card(int n, String front, String back) {
        return new Card(n, front, back, n, n);
    }

    private static ConceptFact concept(Extraction x, String name) {
        return x.concepts().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name));
    }

    @Test
    void a_term_keeps_its_backticks_as_written() {
        Extraction x = extract(
                card(1, "{`churn`}", "The share of customers lost in a period."),
                card(2, "`git rebase` command", "Moves commits onto another base."));
        assertThat(x.concepts()).extracting(ConceptFact::name).containsExactly("{`churn`}", "`git rebase` command");
    }

    @Test
    void a_definition_is_kept_verbatim_without_page_references() {
        Extraction x = extract(card(1, "Wallet share", "the part of a buyer's spend that one firm wins (page 88)"));
        assertThat(concept(x, "Wallet share").definition()).isEqualTo("the part of a buyer's spend that one firm wins");
    }

    @Test
    void acronyms_after_a_name_become_aliases_in_prompts_and_in_text() {
        Extraction x = extract(
                card(1, "What is net promoter score (NPS)?", "A loyalty metric."),
                card(
                        2,
                        "Key account management (KAM)",
                        "Serving top clients through Customer Success Teams (CST) and plans."));
        assertThat(concept(x, "net promoter score").aliases()).containsExactly("NPS");
        assertThat(concept(x, "Key account management").aliases()).containsExactly("KAM");
        assertThat(concept(x, "Customer Success Teams").aliases()).containsExactly("CST");
    }

    @Test
    void members_of_types_of_x_are_kinds_of_x() {
        Extraction x = extract(card(
                1,
                "What types of loyalty schemes are there?",
                "  • Points schemes\n  • Tier schemes\n  • Paid schemes"));
        assertThat(x.relations())
                .filteredOn(r -> r.type() == RelationType.IS_A)
                .extracting(RelationFact::from)
                .containsExactly("Points schemes", "Tier schemes", "Paid schemes");
        assertThat(x.relations()).allMatch(r -> r.to().equals("loyalty schemes"));
    }

    @Test
    void a_numbered_stage_is_an_ordered_part_of_its_whole() {
        Extraction x = extract(card(1, "Define Stage 2 of the Buying Journey", "Buyers compare options."));
        assertThat(x.relations())
                .containsExactly(new RelationFact(
                        RelationType.HAS_PART, "Buying Journey", "Stage 2 of the Buying Journey", 2, null, 1));
    }

    @Test
    void an_acronym_spelled_by_the_members_initials_names_an_ordered_model() {
        Extraction x = extract(card(
                1, "The SCAN approach", "Sense- spot the need Compare- weigh offers Act- buy Nurture- stay in touch"));
        assertThat(x.relations())
                .extracting(RelationFact::to, RelationFact::order)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Sense", 1),
                        org.assertj.core.groups.Tuple.tuple("Compare", 2),
                        org.assertj.core.groups.Tuple.tuple("Act", 3),
                        org.assertj.core.groups.Tuple.tuple("Nurture", 4));
    }

    @Test
    void list_members_are_concepts_defined_by_their_own_explanation() {
        Extraction x = extract(card(
                1,
                "What are the drivers of switching?",
                "  • Price gaps: rivals charge less\n  • Poor service: promises broken"));
        assertThat(concept(x, "Price gaps").definition()).isEqualTo("rivals charge less");
        assertThat(x.relations()).extracting(RelationFact::from).containsOnly("drivers of switching");
    }

    @Test
    void true_statements_define_their_subject_and_false_ones_do_not() {
        Extraction x = extract(
                card(1, "Lead scoring is a method that ranks prospects by their likelihood to buy.", "true"),
                card(2, "Cold calling is a guaranteed way to win loyalty.", "false"));
        assertThat(concept(x, "Lead scoring").definition()).startsWith("Lead scoring is a method");
        assertThat(concept(x, "Cold calling").hasDefinition()).isFalse();
    }

    @Test
    void comma_series_in_a_definition_list_the_parts_of_the_defined_concept() {
        Extraction x =
                extract(card(1, "Service triangle", "a model linking three components= company, staff, customers"));
        assertThat(x.relations())
                .extracting(RelationFact::from, RelationFact::to)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("Service triangle", "company"),
                        org.assertj.core.groups.Tuple.tuple("Service triangle", "customers"));
    }

    @Test
    void an_acronym_used_bare_resolves_to_the_one_deck_name_with_those_initials() {
        Extraction x = extract(
                card(1, "What is brand equity?", "The value a name adds."),
                card(2, "How is BE measured?", "By surveys."));
        assertThat(x.concepts())
                .anyMatch(c -> c.name().equals("brand equity") && c.aliases().contains("BE"));
    }

    @Test
    void a_prompt_naming_several_terms_gives_each_its_own_explanation() {
        Extraction x = extract(
                card(
                        1,
                        "Explain recovery, apology and compensation.",
                        "- Recovery: fixing the failed service\n- Apology: saying sorry in person\n- Compensation: a refund or voucher"));
        assertThat(concept(x, "Apology").definition()).isEqualTo("saying sorry in person");
        assertThat(x.concepts()).noneMatch(c -> c.name().contains(","));
        assertThat(x.relations()).isEmpty();
    }

    @Test
    void a_numbered_question_is_parsed_without_its_number() {
        Extraction x = extract(
                card(1, "4. What is a referral scheme?", "A programme that rewards buyers for bringing in new ones."));
        assertThat(concept(x, "referral scheme").hasDefinition()).isTrue();
    }

    @Test
    void definitions_carry_their_words_and_lemmas_for_mention_links() {
        Extraction x = extract(card(1, "Churn", "Buyers leaving a firm."));
        assertThat(x.mentionSources()).singleElement().satisfies(m -> {
            assertThat(m.tokens()).contains("Buyers", "leaving");
            assertThat(m.lemmas()).contains("buyer");
        });
    }

    @Test
    void steps_joined_by_arrows_in_an_answer_are_the_ordered_parts_of_the_prompts_concept() {
        Extraction x = extract(card(1, "SCAN model", "Sense \u2192 Compare \u2192 Act \u2192 Nurture"));
        assertThat(x.relations())
                .extracting(RelationFact::from, RelationFact::to, RelationFact::order)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("SCAN model", "Sense", 1),
                                org.assertj.core.groups.Tuple.tuple("SCAN model", "Compare", 2),
                        org.assertj.core.groups.Tuple.tuple("SCAN model", "Act", 3),
                                org.assertj.core.groups.Tuple.tuple("SCAN model", "Nurture", 4));
        assertThat(concept(x, "SCAN model").definition()).isNull();
    }

    @Test
    void the_items_answering_a_question_about_x_are_related_to_x_not_its_parts() {
        Extraction x = extract(
                card(1, "How do you track churn?", "- exit surveys\n- cancellation logs\n- renewal rates"),
                card(2, "Who coined relationship marketing?", "- Berry\n- Gummesson"));
        assertThat(x.relations())
                .extracting(RelationFact::type, RelationFact::from, RelationFact::to, RelationFact::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(RelationType.RELATED_TO, "churn", "exit surveys", "answer"),
                        org.assertj.core.groups.Tuple.tuple(
                                RelationType.RELATED_TO, "churn", "cancellation logs", "answer"),
                        org.assertj.core.groups.Tuple.tuple(
                                RelationType.RELATED_TO, "churn", "renewal rates", "answer"),
                        org.assertj.core.groups.Tuple.tuple(
                                RelationType.RELATED_TO, "relationship marketing", "Berry", "answer"),
                        org.assertj.core.groups.Tuple.tuple(
                                RelationType.RELATED_TO, "relationship marketing", "Gummesson", "answer"));
    }

    @Test
    void the_reasons_answering_a_why_question_are_neither_concepts_nor_links() {
        // used to make "costly" and "slow" concepts, each linked to "gym" as an answer
        Extraction x = extract(
                card(
                        1,
                        "Why do members stay with a gym they rarely visit?",
                        "cancelling feels awkward, costly or slow"),
                card(2, "How come loyal buyers still defect?", "- a rival's offer\n- a bad experience\n- boredom"));
        assertThat(x.relations()).noneMatch(r -> CardExtractor.ANSWER.equals(r.reason()));
        assertThat(x.concepts())
                .extracting(ConceptFact::name)
                .doesNotContain("costly", "slow", "cancelling feels awkward", "boredom");
    }

    @Test
    void the_items_of_a_list_question_stay_parts_of_its_whole() {
        Extraction x =
                extract(card(1, "What are the stages of onboarding?", "1. welcome call\n2. setup\n3. first review"));
        assertThat(x.relations())
                .extracting(RelationFact::type, RelationFact::from, RelationFact::to, RelationFact::order)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(RelationType.HAS_PART, "onboarding", "welcome call", 1),
                        org.assertj.core.groups.Tuple.tuple(RelationType.HAS_PART, "onboarding", "setup", 2),
                        org.assertj.core.groups.Tuple.tuple(RelationType.HAS_PART, "onboarding", "first review", 3));
    }
}
