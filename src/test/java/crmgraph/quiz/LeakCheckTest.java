package crmgraph.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LeakCheckTest {

    private static final QuizItem.Source SOURCE = new QuizItem.Source("c", "C", "c", "d-1", "d");

    private static TermCloze cloze(String prompt, String answer, String... aliases) {
        return new TermCloze("t-000000000001", prompt, new AnswerKey(answer, List.of(aliases), List.of()), SOURCE);
    }

    @Test
    void a_prompt_naming_the_answer_in_any_variant_leaks() {
        assertThat(LeakCheck.leak(cloze("____ helps firms keep touch points in view.", "Touch point")))
                .isPresent();
        assertThat(LeakCheck.leak(cloze("____ relies on self service relationships.", "Self-service relationship")))
                .isPresent();
        assertThat(LeakCheck.leak(cloze("____ relies on selfservice.", "Self-service")))
                .isPresent();
        assertThat(LeakCheck.leak(cloze("____ is what CRM stands for.", "Customer relationship management", "CRM")))
                .isPresent();
        assertThat(LeakCheck.leak(cloze("____ (SLA) is a contract.", "Service level agreement")))
                .isPresent();
    }

    @Test
    void a_prompt_with_only_the_blank_does_not_leak() {
        assertThat(LeakCheck.leak(
                        cloze("____ is a contract between a provider and a client.", "Service level agreement", "SLA")))
                .isEmpty();
        assertThat(LeakCheck.leak(cloze("____ are places where buyers meet a firm.", "Touch points")))
                .isEmpty();
    }

    @Test
    void a_choice_containing_the_answer_leaks_but_the_answer_itself_does_not() {
        ChoiceItem ok = new ChoiceItem(
                "c-000000000001",
                "Which concept is this?",
                new AnswerKey("Analytical CRM", List.of(), List.of()),
                SOURCE,
                List.of("Operational CRM", "Analytical CRM", "Strategic CRM"));
        assertThat(LeakCheck.leak(ok)).isEmpty();
        ChoiceItem leaking = new ChoiceItem(
                "c-000000000002",
                "Which concept is this?",
                new AnswerKey("CRM", List.of(), List.of()),
                SOURCE,
                List.of("CRM", "Operational CRM", "Data mining"));
        assertThat(LeakCheck.leak(leaking)).isPresent();
    }

    @Test
    void an_order_item_shown_in_the_right_order_leaks() {
        OrderItem inOrder = new OrderItem(
                "o-000000000001",
                "Put the parts of X in order.",
                new AnswerKey("A, B, C", List.of("A B C"), List.of()),
                SOURCE,
                List.of("A1", "B1", "C1"),
                List.of("A1", "B1", "C1"));
        assertThat(LeakCheck.leak(inOrder)).isPresent();
    }

    @Test
    void an_order_item_whose_members_are_named_by_their_place_in_time_leaks() {
        // used to ask the order of "pre-deal", "early partnership", "mid partnership", … where the names tell it
        OrderItem timed = new OrderItem(
                "o-000000000002",
                "Put the stages of a supplier bond in order.",
                new AnswerKey("A, B, C, D", List.of(), List.of()),
                SOURCE,
                List.of("mid partnership", "pre-deal", "joint venture", "early partnership"),
                List.of("pre-deal", "early partnership", "mid partnership", "joint venture"));
        assertThat(LeakCheck.leak(timed)).isPresent();
        OrderItem plain = new OrderItem(
                "o-000000000003",
                "Put the stages of a supplier bond in order.",
                new AnswerKey("A, B, C, D", List.of(), List.of()),
                SOURCE,
                List.of("trial order", "awareness", "joint venture", "exploration"),
                List.of("awareness", "exploration", "trial order", "joint venture"));
        assertThat(LeakCheck.leak(plain)).isEmpty();
    }

    @Test
    void an_irregular_past_form_in_the_prompt_gives_away_its_verb_in_the_answer() {
        ChoiceItem paid = new ChoiceItem(
                "c-000000000009",
                "Which concept is this? \u201cA club where shoppers pay a yearly charge for free shipping.\u201d",
                new AnswerKey("Paid membership", List.of(), List.of()),
                SOURCE,
                List.of("Tiered membership", "Paid membership", "Points membership"));
        assertThat(LeakCheck.leak(paid)).isPresent();
        assertThat(LeakCheck.sharedWords("____ means customers kept buying from one seller.", "Keep rate"))
                .containsExactly("keep");
        // A regular form was always caught; an unrelated verb is no leak.
        assertThat(LeakCheck.leak(cloze("____ means customers paid less than the list price.", "Discount")))
                .isEmpty();
    }

    @Test
    void a_choice_whose_definition_gives_another_name_and_a_gerund_of_the_answer_leak() {
        ChoiceItem aka = new ChoiceItem(
                "c-000000000010",
                "Which concept is this? \u201cCRM run through websites and apps (aka web CRM)\u201d",
                new AnswerKey("e-CRM", List.of(), List.of()),
                SOURCE,
                List.of("e-CRM", "Social CRM", "Mobile CRM"));
        assertThat(LeakCheck.leak(aka)).isPresent();
        assertThat(LeakCheck.leak(cloze("(Queuing system) ____ is a line of buyers waiting to be served.", "Queue")))
                .isPresent();
    }

    @Test
    void a_prompt_holding_a_derived_form_of_an_answer_word_shares_it() {
        // used to be asked: "____ benefits: what buyers gain from a long-term relationship with one firm"
        assertThat(LeakCheck.sharedWords(
                        "____ benefits: what buyers gain from a long-term relationship with one firm",
                        "Relational benefits"))
                .contains("relational");
        assertThat(LeakCheck.sharedWords("____ are the buyers of the highest value to the firm", "Valuable buyers"))
                .contains("valuable");
        assertThat(LeakCheck.sharedWords("____ are the buyers who spend the most with the firm", "Valuable buyers"))
                .doesNotContain("valuable");
        // used to be asked: "____ is a mindset that puts the buyer at the centre of every decision"
        assertThat(LeakCheck.sharedWords(
                        "a mindset that puts the buyer at the centre of every decision", "Buyer-centricity"))
                .contains("centricity");
    }

    @Test
    void an_answer_built_on_a_word_the_prompt_holds_leaks() {
        // used to be asked: "____ is any point where a buyer meets the brand" for touchpoint
        assertThat(LeakCheck.leak(
                        cloze("____ is any point where a buyer meets the brand: ads, shop, app", "touchpoint")))
                .isPresent();
        assertThat(LeakCheck.leak(
                        cloze("____ is any moment where a buyer meets the brand: ads, shop, app", "touchpoint")))
                .isEmpty();
    }

    @Test
    void a_list_cloze_whose_name_holds_the_blanked_members_own_word_leaks() {
        // used to be asked: "Staff-loyalty ladder (in order): content staff, ____" for "loyal buyers"
        ListCloze named = new ListCloze(
                "l-000000000001",
                "Staff-loyalty ladder (in order): content staff, better service, ____",
                new AnswerKey("loyal buyers", List.of(), List.of()),
                SOURCE,
                List.of("content staff", "better service", "loyal buyers"));
        assertThat(LeakCheck.leak(named)).isPresent();
        ListCloze shared = new ListCloze(
                "l-000000000002",
                "Buyer qualities: search qualities, experience qualities, ____",
                new AnswerKey("trust qualities", List.of(), List.of()),
                SOURCE,
                List.of("search qualities", "experience qualities", "trust qualities"));
        assertThat(LeakCheck.leak(shared)).isEmpty();
    }

    @Test
    void a_choice_whose_right_option_alone_is_built_on_a_prompt_word_leaks() {
        // used to be asked with "Rulebreaker" the only option built on "rules"
        ChoiceItem breaker = new ChoiceItem(
                "c-000000000011",
                "Which concept is this? \u201cA guest who ignores the rules of the house to get a better deal.\u201d",
                new AnswerKey("Rulebreaker", List.of(), List.of()),
                SOURCE,
                List.of("Bargain hunter", "Rulebreaker", "Complainer"));
        assertThat(LeakCheck.leak(breaker)).isPresent();
    }

    @Test
    void a_prompt_holding_the_verb_of_the_doer_the_answer_names_leaks() {
        assertThat(LeakCheck.leak(cloze("____: the member of a buying group who will sign the order", "signer")))
                .isPresent();
        assertThat(LeakCheck.leak(cloze("____: the member of a buying group who will approve the order", "signer")))
                .isEmpty();
    }

    @Test
    void a_keyword_blank_on_a_word_the_concepts_acronym_in_the_prompt_begins_leaks() {
        QuizItem.Source source = new QuizItem.Source("c", "VAT scoring", "c", "d-1", "d");
        KeywordCloze lettered = new KeywordCloze(
                "k-000000000001",
                "VAT scoring: rating buyers on Value (spend), ____ (how often they act) and Tenure (how long they stay).",
                new AnswerKey("Activity", List.of(), List.of()),
                source);
        assertThat(LeakCheck.leak(lettered)).isPresent();
        KeywordCloze other = new KeywordCloze(
                "k-000000000002",
                "VAT scoring: rating buyers on Value, Activity and ____ to decide whom to call.",
                new AnswerKey("Budget", List.of(), List.of()),
                source);
        assertThat(LeakCheck.leak(other)).isEmpty();
    }
}
