package crmgraph.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A quiz asks one item per list: every list cloze shows the list's other members, which answer a second one. */
class QuizPlannerTest {

    private static QuizItem.Source source(String concept, String topic) {
        return new QuizItem.Source(concept, concept, topic, "d-1", "d");
    }

    private static ListCloze listCloze(String member) {
        return new ListCloze(
                "l-" + member,
                "Ladder of loyalty: …",
                new AnswerKey(member, List.of(), List.of()),
                source(member, "ladder"),
                List.of("prospect", "customer", "client", "advocate"));
    }

    private static TermCloze term(String concept) {
        return new TermCloze(
                "t-" + concept, "____ is …", new AnswerKey(concept, List.of(), List.of()), source(concept, concept));
    }

    @Test
    void a_quiz_on_a_list_asks_one_list_cloze_and_then_the_members_own_items() {
        List<QuizItem> items = List.of(
                listCloze("prospect"), term("prospect"), listCloze("client"), term("client"), listCloze("advocate"));

        List<QuizItem> quiz = QuizPlanner.roundRobin(items, List.of("prospect", "client", "advocate"), "ladder", 10);

        assertThat(quiz).filteredOn(i -> i instanceof ListCloze).hasSize(1);
        assertThat(quiz).extracting(QuizItem::id).containsExactly("l-prospect", "t-client", "t-prospect");
    }

    @Test
    void interleaving_keeps_one_item_per_list_across_both_halves() {
        List<QuizItem> quiz = QuizPlanner.interleave(
                List.of(listCloze("client"), term("client")), List.of(listCloze("advocate"), term("advocate")), 10);

        assertThat(quiz)
                .filteredOn(i -> i instanceof ListCloze)
                .extracting(QuizItem::id)
                .containsExactly("l-client");
        assertThat(quiz).hasSize(3);
    }

    private static TermCloze defined(String concept, String prompt) {
        return new TermCloze(
                "t-" + concept, prompt, new AnswerKey(concept, List.of(), List.of()), source(concept, concept));
    }

    @Test
    void a_definition_saying_a_fact_already_asked_under_another_name_is_not_asked_again() {
        List<QuizItem> items = List.of(
                defined("Customer retention", "____: keeping existing buyers rather than replacing them with new ones"),
                defined(
                        "Keep over win",
                        "____: keeping an existing buyer is cheaper than replacing them with a new one"),
                defined("Win-back", "____: an offer made to bring lapsed buyers back after they stopped buying"));

        List<QuizItem> quiz = QuizPlanner.roundRobin(items, List.of(), null, 10);

        assertThat(quiz).extracting(QuizItem::id).containsExactlyInAnyOrder("t-Customer retention", "t-Win-back");
    }

    @Test
    void a_concept_asked_under_one_name_is_not_asked_again_under_a_name_its_checker_takes() {
        TermCloze churn = new TermCloze(
                "t-churn",
                "____ is the share of buyers who end the relationship within a period",
                new AnswerKey("customer attrition", List.of("attrition rate"), List.of()),
                source("customer attrition", "customer attrition"));
        TermCloze rate = new TermCloze(
                "t-rate",
                "____ counts the accounts closed each quarter",
                new AnswerKey("attrition rate", List.of(), List.of()),
                source("attrition rate", "attrition rate"));
        TermCloze other = term("advocate");

        List<QuizItem> quiz = QuizPlanner.roundRobin(List.of(churn, rate, other), List.of(), null, 10);

        assertThat(quiz).extracting(QuizItem::id).containsExactlyInAnyOrder("t-churn", "t-advocate");
    }

    @Test
    void an_activity_asked_by_its_gerund_is_not_asked_again_by_its_noun_and_a_head() {
        // used to ask "Clustering" and then "Cluster analysis" for one grouping of buyers
        TermCloze gerund = new TermCloze(
                "t-ranking",
                "____: putting buyers in order of the value they bring, from most to least",
                new AnswerKey("Ranking", List.of(), List.of()),
                source("ranking", "Ranking"));
        TermCloze noun = new TermCloze(
                "t-rank",
                "____: a method that orders buyers by their yearly margin",
                new AnswerKey("Rank analysis", List.of(), List.of()),
                source("rank analysis", "Rank analysis"));
        TermCloze otherNoun = new TermCloze(
                "t-rate",
                "____: the share of buyers who leave within a year",
                new AnswerKey("Rank rate", List.of(), List.of()),
                source("rank rate", "Rank rate"));
        TermCloze other = term("advocate");

        List<QuizItem> quiz = QuizPlanner.roundRobin(List.of(gerund, noun, other), List.of(), null, 10);
        assertThat(quiz).extracting(QuizItem::id).containsExactlyInAnyOrder("t-ranking", "t-advocate");
        // two names sharing a first word are two ideas when neither is a gerund
        List<QuizItem> nouns = QuizPlanner.roundRobin(List.of(noun, otherNoun), List.of(), null, 10);
        assertThat(nouns).hasSize(2);
    }

    @Test
    void an_answer_an_earlier_prompt_showed_is_not_asked_and_gerund_and_noun_are_one_activity() {
        TermCloze showing = new TermCloze(
                "t-pairs",
                "____: finding products bought together, also called basket pairing analysis",
                new AnswerKey("Affinity rules", List.of(), List.of()),
                source("affinity rules", "Affinity rules"));
        TermCloze shown = new TermCloze(
                "t-basket",
                "____: a study of which items end up in the same till receipt",
                new AnswerKey("Basket pairing analysis", List.of(), List.of()),
                source("basket pairing analysis", "Basket pairing analysis"));
        TermCloze testing = new TermCloze(
                "t-split-testing",
                "____: sending two versions of a mail to random halves of a list",
                new AnswerKey("Split testing", List.of(), List.of()),
                source("split testing", "Split testing"));
        TermCloze test = new TermCloze(
                "t-split-test",
                "____: one trial comparing two offers on matched groups of buyers",
                new AnswerKey("Split test", List.of(), List.of()),
                source("split test", "Split test"));

        List<QuizItem> quiz = QuizPlanner.roundRobin(List.of(showing, shown, testing, test), List.of(), null, 10);

        assertThat(quiz).extracting(QuizItem::id).containsExactlyInAnyOrder("t-pairs", "t-split-testing");

        // the list a member is asked in, shown before its blank, gives the list's own item nothing away
        TermCloze member = new TermCloze(
                "t-member",
                "(Stay ladder) ____: a guest who booked once and has not come back",
                new AnswerKey("One-timer", List.of(), List.of()),
                source("one-timer", "One-timer"));
        TermCloze model = new TermCloze(
                "t-model",
                "____: four rungs a guest climbs from one stay to telling friends about the hotel",
                new AnswerKey("Stay ladder", List.of(), List.of()),
                source("stay ladder", "Stay ladder"));
        assertThat(QuizPlanner.roundRobin(List.of(member, model), List.of(), null, 10))
                .hasSize(2);
    }
}
