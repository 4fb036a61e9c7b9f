package crmgraph.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.nlp.English;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AnswerCheckerTest {

    private static AnswerChecker checker;

    @BeforeAll
    static void load() {
        checker = new AnswerChecker(English.shared());
    }

    private static AnswerKey key(String answer, String... accepted) {
        return new AnswerKey(answer, List.of(accepted), List.of());
    }

    private static Verdict check(AnswerKey key, String given) {
        return checker.check(key, given);
    }

    @Test
    void case_whitespace_punctuation_and_hyphens_do_not_matter() {
        AnswerKey key = key("Self-service relationships");
        for (String given : List.of(
                "self-service relationships",
                "SELF SERVICE RELATIONSHIPS",
                "  self service   relationships. ",
                "selfservice relationships",
                "the self-service relationships",
                "self\u2011service relationships!")) {
            assertThat(check(key, given).correct()).as(given).isTrue();
        }
    }

    @Test
    void plurals_and_inflections_are_accepted_through_lemmas() {
        assertThat(check(key("Touch points"), "touch point").match()).isEqualTo(Verdict.Match.INFLECTION);
        assertThat(check(key("customer relationship"), "Customer Relationships").correct())
                .isTrue();
        assertThat(check(key("Categories of customers"), "category of customer").correct())
                .isTrue();
        assertThat(check(key("customized solutions"), "customised solution").correct())
                .isTrue();
        assertThat(check(key("identifying"), "identify").correct()).isTrue();
        assertThat(check(key("Differentiate"), "differentiated").correct()).isTrue();
    }

    @Test
    void small_typos_are_accepted_according_to_length() {
        assertThat(check(key("Differentiate"), "Diferentiate").match()).isEqualTo(Verdict.Match.TYPO);
        assertThat(check(key("Differentiate"), "Difefrentaite").correct()).isTrue();
        assertThat(check(key("SERVQUAL"), "servqaul").correct()).isTrue();
        assertThat(check(key("Brand"), "Brnad").correct()).isTrue();
        assertThat(check(key("Customer relationship management"), "custmer relatonship managment")
                        .correct())
                .isTrue();
    }

    @Test
    void typos_beyond_the_allowance_or_in_short_answers_are_rejected() {
        assertThat(check(key("CRM"), "CRN").correct()).isFalse();
        assertThat(check(key("Brand"), "Bread").correct()).isFalse();
        assertThat(check(key("Interact"), "Intersect").correct()).isFalse();
        assertThat(check(key("Differentiate"), "Dfrntte").correct()).isFalse();
    }

    @Test
    void aliases_and_acronyms_are_accepted() {
        AnswerKey key = key("Customer relationship management", "CRM");
        assertThat(check(key, "CRM").match()).isEqualTo(Verdict.Match.ALIAS);
        assertThat(check(key, "c.r.m.").correct()).isTrue();
        assertThat(check(key, "crm").feedback()).contains("another name");
        assertThat(check(key("Customer lifetime value"), "CLV").match()).isEqualTo(Verdict.Match.ALIAS);
        assertThat(check(key("Service level agreement"), "S.L.A.").correct()).isTrue();
    }

    @Test
    void initials_shared_with_a_known_wrong_answer_are_not_enough() {
        AnswerKey key = new AnswerKey(
                "Customer relationship marketing", List.of(), List.of("Customer relationship management"));
        assertThat(check(key, "CRM").correct()).isFalse();
        assertThat(check(key("Value in use"), "VI").correct()).isFalse();
    }

    @Test
    void a_sibling_concept_is_rejected_even_when_it_is_one_typo_away() {
        AnswerKey key =
                new AnswerKey("Interact", List.of(), List.of("Identify", "Differentiate", "Customize", "Interrupt"));
        Verdict v = check(key, "Identify");
        assertThat(v.correct()).isFalse();
        assertThat(v.match()).isEqualTo(Verdict.Match.SIBLING);
        assertThat(v.feedback()).contains("different concept").contains("Interact");
        assertThat(check(key, "identifies").correct()).isFalse();
        assertThat(check(new AnswerKey("Analytical CRM", List.of(), List.of("Analytic CRM X")), "Analytical CRM")
                        .correct())
                .isTrue();
    }

    @Test
    void a_negated_word_is_rejected_even_though_it_is_close() {
        Verdict v = check(key("available"), "unavailable");
        assertThat(v.correct()).isFalse();
        assertThat(v.match()).isEqualTo(Verdict.Match.OPPOSITE);
        assertThat(check(key("Strongly unavailable non-customers"), "strongly available non-customers")
                        .correct())
                .isFalse();
        assertThat(check(key("customers"), "non-customers").correct()).isFalse();
        assertThat(check(key("satisfied"), "dissatisfied").correct()).isFalse();
    }

    @Test
    void different_numbers_are_never_a_typo() {
        assertThat(check(key("Stage 1"), "Stage 2").correct()).isFalse();
        assertThat(check(key("4 Ps of marketing"), "5 Ps of marketing").correct())
                .isFalse();
    }

    @Test
    void an_empty_answer_is_rejected() {
        assertThat(check(key("Interact"), "  ").match()).isEqualTo(Verdict.Match.EMPTY);
    }

    @Test
    void a_wrong_answer_gets_the_expected_answer_and_what_differed() {
        Verdict v = check(key("customer retention"), "customer acquisition");
        assertThat(v.correct()).isFalse();
        assertThat(v.expected()).isEqualTo("customer retention");
        assertThat(v.feedback())
                .contains("Expected \u201ccustomer retention\u201d")
                .contains("Missing: retention")
                .contains("Not in the answer: acquisition");
    }

    @Test
    void a_choice_is_answered_by_its_letter_or_its_text() {
        ChoiceItem item = new ChoiceItem(
                "c-000000000001",
                "Which concept is this?",
                new AnswerKey("Interact", List.of(), List.of("Identify", "Customize")),
                new QuizItem.Source("interact", "Interact", "interact", "d-1", "d"),
                List.of("Identify", "Interact", "Customize"));
        assertThat(checker.check(item, "B").correct()).isTrue();
        assertThat(checker.check(item, "b").correct()).isTrue();
        assertThat(checker.check(item, "interact").correct()).isTrue();
        assertThat(checker.check(item, "A").correct()).isFalse();
        assertThat(checker.check(item, "Customize").match()).isEqualTo(Verdict.Match.SIBLING);
    }

    @Test
    void an_order_is_answered_by_letters_or_names() {
        OrderItem item = new OrderItem(
                "o-000000000001",
                "Put the parts of IDIC in order.",
                new AnswerKey("Identify, Differentiate, Interact", List.of("B C A"), List.of()),
                new QuizItem.Source("idic", "IDIC", "idic", "d-1", "d"),
                List.of("Interact", "Identify", "Differentiate"),
                List.of("Identify", "Differentiate", "Interact"));
        assertThat(checker.check(item, "B C A").correct()).isTrue();
        assertThat(checker.check(item, "bca").correct()).isTrue();
        assertThat(checker.check(item, "2, 3, 1").correct()).isTrue();
        assertThat(checker.check(item, "identify, differentiate, interact").correct())
                .isTrue();
        Verdict wrong = checker.check(item, "A B C");
        assertThat(wrong.correct()).isFalse();
        assertThat(wrong.feedback()).contains("1. should be Identify");
        assertThat(checker.check(item, "whatever").correct()).isFalse();
    }
}
