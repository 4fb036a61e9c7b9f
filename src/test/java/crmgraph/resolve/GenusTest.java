package crmgraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.RelationType;
import crmgraph.extract.ConceptFact;
import crmgraph.extract.Extraction;
import crmgraph.extract.MentionSource;
import crmgraph.nlp.English;
import crmgraph.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The noun phrase a definition opens with names its concept's kind, where a known concept ends it. */
class GenusTest {

    /** The IS_A links resolving gives {@code concept}, defined as {@code definition}, next to the other names. */
    private static List<String> kinds(String concept, String definition, String... others) {
        return kinds(true, concept, definition, others);
    }

    private static List<String> kinds(boolean sharedKind, String concept, String definition, String... others) {
        List<Token> tokens = English.shared().tagged(definition);
        MentionSource source = new MentionSource(
                concept,
                1,
                tokens.stream().map(Token::text).toList(),
                tokens.stream().map(Token::lemma).toList(),
                tokens.stream().map(Token::tag).toList());
        List<ConceptFact> facts = new ArrayList<>();
        facts.add(new ConceptFact(concept, List.of(), definition, 1));
        for (int i = 0; i < others.length; i++) {
            facts.add(new ConceptFact(others[i], List.of(), "", i + 2));
        }
        // a one-word kind counts only where two definitions open with it: a second concept shares it
        List<MentionSource> sources = new ArrayList<>(List.of(source));
        if (sharedKind) {
            String twin = "Twin of " + concept;
            List<Token> other = English.shared().tagged("A " + others[0] + " that helps buyers.");
            facts.add(new ConceptFact(twin, List.of(), "", 99));
            sources.add(new MentionSource(
                    twin,
                    99,
                    other.stream().map(Token::text).toList(),
                    other.stream().map(Token::lemma).toList(),
                    other.stream().map(Token::tag).toList()));
        }
        ResolvedDeck d = new Resolver()
                .resolve(List.of(new Extraction(facts, List.of(), sources)), List.of())
                .get(0);
        return d.relations().stream()
                .filter(r -> r.type() == RelationType.IS_A && "genus".equals(r.reason()))
                .filter(r -> r.from().equals(Keys.key(concept)))
                .map(ResolvedDeck.Relation::to)
                .toList();
    }

    @Test
    void a_compound_adjective_ending_in_ing_or_adjectives_parted_by_a_comma_still_open_the_kind() {
        assertThat(kinds("anchors", "Long-lasting buyers who spend little but never leave", "buyer"))
                .containsExactly("buyer");
        assertThat(kinds("drifters", "Drifters are low-margin, short-lived buyers whose needs we barely meet", "buyer"))
                .containsExactly("buyer");
        assertThat(kinds("outreach", "Reaching buyers who have drifted away from the brand", "buyer"))
                .isEmpty();
    }

    @Test
    void a_definition_opening_with_a_known_noun_and_a_relative_clause_names_its_kind() {
        assertThat(kinds("Grumbler", "A customer who complains about every small delay.", "customer"))
                .containsExactly("customer");
        assertThat(kinds("Voicebot", "Software that answers support calls by speech.", "software"))
                .containsExactly("software");
        assertThat(kinds("Deduping", "The routine of merging records of one buyer into one.", "routine"))
                .containsExactly("routine");
    }

    @Test
    void a_phrase_without_article_before_a_relative_pronoun_names_its_kind_unless_a_gerund_opens_it() {
        assertThat(kinds("Drifters", "Profitable buyers who stay only a short time.", "buyer"))
                .containsExactly("buyer");
        assertThat(kinds("Courting", "Winning new buyers who fit the ideal profile.", "buyer"))
                .isEmpty();
        assertThat(kinds("Ranking", "Rank buyers by value in four tiers.", "buyer"))
                .isEmpty();
    }

    @Test
    void a_frame_noun_opening_a_definition_names_no_kind() {
        // used to make internal selling "a kind of idea"
        assertThat(kinds("Internal selling", "The idea that staff should be treated as buyers of their jobs.", "idea"))
                .isEmpty();
        assertThat(kinds("Moment map", "An idea board that shows every contact of a journey.", "idea board"))
                .containsExactly("idea board");
        // used to make a confirmed sign-up "a kind of form"
        assertThat(kinds("Confirmed sign-up", "A form of sign-up in which the buyer clicks a link twice.", "form"))
                .isEmpty();
    }

    @Test
    void a_definition_listing_the_kinds_of_its_concept_names_no_kind_of_it() {
        // "What is a loyalty scheme? The types of loyalty scheme are …" made the scheme "a kind of types"
        assertThat(kinds(
                        "Loyalty scheme",
                        "The types of loyalty scheme are points schemes, tiered schemes and paid clubs.",
                        "types"))
                .isEmpty();
        assertThat(kinds("Churn", "Kinds of churn: voluntary churn and involuntary churn.", "kinds"))
                .isEmpty();
        assertThat(kinds("Moment map", "Forms of journey map that show every contact.", "forms"))
                .isEmpty();
    }

    @Test
    void the_definition_may_repeat_its_name_and_is_before_the_kind() {
        assertThat(kinds("Loyalty ladder", "Loyalty ladder is a model that ranks buyers by commitment.", "model"))
                .containsExactly("model");
    }

    @Test
    void the_longest_known_ending_of_the_phrase_is_the_kind() {
        assertThat(kinds("Pulse survey", "A short customer survey mailed every week.", "survey", "customer survey"))
                .containsExactly("customer survey");
    }

    @Test
    void a_noun_phrase_with_a_verb_of_its_own_or_a_definition_opening_with_a_verb_names_no_kind() {
        assertThat(kinds("Value in use", "Customers can feel value when they use the product.", "customer"))
                .isEmpty();
        assertThat(kinds("Upgrading", "Moving a customer to a higher tier.", "customer"))
                .isEmpty();
        assertThat(kinds("Referral gain", "The gain a firm makes from referred buyers.", "gain"))
                .isEmpty();
        assertThat(kinds("Lapse", "When a member stops paying the fee.", "member"))
                .isEmpty();
    }

    @Test
    void a_bare_opening_phrase_that_may_be_a_verb_and_a_series_after_the_noun_name_no_kind() {
        assertThat(kinds("Tiering", "rank customers by the profit they bring.", "customer"))
                .isEmpty();
        assertThat(kinds("Exit cost", "The effort, money and time a buyer loses by leaving.", "effort"))
                .isEmpty();
        assertThat(kinds("Helpdesk", "Software which logs each support request.", "software"))
                .containsExactly("software");
    }

    @Test
    void a_one_word_kind_that_opens_a_single_definition_may_be_another_sense_and_is_not_taken() {
        assertThat(kinds(false, "Creep line", "The point at which a trend spreads on its own.", "point"))
                .isEmpty();
        assertThat(kinds(true, "Creep line", "The point at which a trend spreads on its own.", "point"))
                .containsExactly("point");
        assertThat(kinds(false, "Pulse survey", "A short customer survey mailed every week.", "customer survey"))
                .containsExactly("customer survey");
    }

    @Test
    void the_and_a_noun_with_nothing_restricting_it_names_an_aspect_not_a_kind() {
        assertThat(kinds("Outcome fairness", "the result (a refund or a voucher)", "result"))
                .isEmpty();
        assertThat(kinds("Process fairness", "the procedure.", "procedure")).isEmpty();
        assertThat(kinds("Outcome fairness", "the result (a refund) of a complaint", "result"))
                .containsExactly("result");
        assertThat(kinds("Refund policy", "A rule (written or not) for money back.", "rule"))
                .containsExactly("rule");
        assertThat(kinds("Refund policy", "a rule.", "rule")).containsExactly("rule");
    }
}
