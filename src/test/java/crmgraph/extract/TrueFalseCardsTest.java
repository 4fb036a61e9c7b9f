package crmgraph.extract;

import static crmgraph.extract.OneCard.definitions;
import static crmgraph.extract.OneCard.extract;
import static crmgraph.extract.OneCard.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import crmgraph.RelationType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Statements answered true or false: what a true one defines or places, and that a false one defines nothing. */
class TrueFalseCardsTest {

    @Test
    void a_hyphenated_one_word_subject_is_defined() {
        assertThat(definitions(extract(
                        "Up-selling means offering a customer a dearer version of what they already buy.", "True")))
                .containsExactly(
                        "Up-selling: Up-selling means offering a customer a dearer version of what they already buy.");
    }

    @Test
    void a_quoted_subject_is_defined_without_its_quotes() {
        assertThat(definitions(extract(
                        "A \"brand advocate\" is a customer who recommends the firm without being paid.", "TRUE")))
                .containsExactly(
                        "brand advocate: A \"brand advocate\" is a customer who recommends the firm without being paid.");
    }

    @Test
    void a_possessive_noun_after_is_opens_a_definition() {
        assertThat(names(extract("Brand loyalty is people's tendency to buy the same brand again and again.", "True")))
                .containsExactly("Brand loyalty");
        assertThat(definitions(
                        extract("Brand loyalty is people's tendency to buy the same brand again and again.", "True")))
                .hasSize(1);
    }

    @Test
    void a_one_word_subject_is_defined_only_by_a_noun_with_what_restricts_it() {
        assertThat(definitions(
                        extract("Advocacy is the degree to which customers recommend a firm to others.", "True")))
                .containsExactly("Advocacy: Advocacy is the degree to which customers recommend a firm to others.");
        assertThat(definitions(extract("Loyalty is a goal.", "True"))).isEmpty();
    }

    @Test
    void a_false_statement_defines_nothing() {
        assertThat(definitions(
                        extract("Advocacy is the degree to which customers recommend a firm to others.", "False")))
                .isEmpty();
        assertThat(definitions(extract("Up-selling means selling to a brand new customer.", "FALSE")))
                .isEmpty();
        assertThat(names(extract("Up-selling means selling to a brand new customer.", "FALSE")))
                .containsExactly("Up-selling");
    }

    @Test
    void also_known_as_gives_the_subject_an_alias() {
        Extraction x = extract("Customer attrition is also known as \"churn\".", "True");
        assertThat(x.concepts())
                .extracting(ConceptFact::name, ConceptFact::aliases, ConceptFact::definition)
                .containsExactly(tuple("Customer attrition", List.of("churn"), null));
    }

    @Test
    void a_false_alias_is_no_alias_and_known_as_a_description_is_none() {
        assertThat(extract("Customer attrition is also known as \"churn\".", "False")
                        .concepts())
                .extracting(ConceptFact::name, ConceptFact::aliases)
                .containsExactly(tuple("Customer attrition", List.of()));
        assertThat(extract("Amazon is known as a leader in online retail.", "True")
                        .concepts())
                .allSatisfy(c -> assertThat(c.aliases()).isEmpty());
    }

    @Test
    void one_of_the_plural_noun_makes_a_kind_and_defines_the_subject() {
        Extraction x = extract("Email is one of the direct channels for reaching existing customers.", "True");
        assertThat(x.relations())
                .extracting(RelationFact::type, RelationFact::from, RelationFact::to)
                .containsExactly(tuple(RelationType.IS_A, "Email", "direct channel"));
        assertThat(definitions(x))
                .containsExactly("Email: Email is one of the direct channels for reaching existing customers.");
    }

    @Test
    void one_of_the_most_or_one_of_a_counted_few_is_no_kind() {
        assertThat(extract("Complaint handling is one of the most important drivers of loyalty.", "True")
                        .relations())
                .isEmpty();
        assertThat(extract("Price is one of the four Ps.", "True").relations()).isEmpty();
    }

    @Test
    void a_false_kind_statement_places_nothing() {
        Extraction x = extract("Email is one of the direct channels for reaching existing customers.", "False");
        assertThat(x.relations()).isEmpty();
        assertThat(definitions(x)).isEmpty();
        assertThat(names(x)).containsExactly("Email");
    }

    @Test
    void the_counted_parts_of_x_are_parts_of_x_and_define_nothing() {
        Extraction x =
                extract("The three stages of the sales funnel are awareness, consideration and purchase.", "True");
        assertThat(x.relations())
                .extracting(RelationFact::type, RelationFact::from, RelationFact::to, RelationFact::order)
                .containsExactly(
                        tuple(RelationType.HAS_PART, "sales funnel", "awareness", 1),
                        tuple(RelationType.HAS_PART, "sales funnel", "consideration", 2),
                        tuple(RelationType.HAS_PART, "sales funnel", "purchase", 3));
        assertThat(definitions(x)).isEmpty();
        assertThat(names(x)).containsExactly("sales funnel", "awareness", "consideration", "purchase");
    }

    @Test
    void a_false_list_of_parts_lists_nothing() {
        Extraction x = extract("The three stages of the sales funnel are awareness, loyalty and advocacy.", "False");
        assertThat(x.relations()).isEmpty();
        assertThat(names(x)).containsExactly("sales funnel");
    }

    @Test
    void a_correction_defines_only_when_it_is_a_statement_of_its_own() {
        assertThat(definitions(extract(
                        "Loyalty programmes always raise profit.", "False - they can cost more than they earn.")))
                .isEmpty();
        assertThat(definitions(extract(
                        "A points card is a discount given on a customer's first purchase only.",
                        "False \u2013 a points card is a scheme that rewards repeat buying.")))
                .containsExactly("points card: a points card is a scheme that rewards repeat buying.");
    }

    @Test
    void a_correction_saying_how_a_subject_tends_to_behave_defines_nothing() {
        // used to define "large account" as "large accounts often ask for rebates …"
        assertThat(definitions(extract(
                        "A firm's best accounts are always its largest ones.",
                        "False \u2013 large accounts often ask for rebates and extra support, which eats the margin.")))
                .isEmpty();
        assertThat(definitions(extract(
                        "Happy guests never switch hotels.",
                        "False \u2013 happy guests still switch when a rival is cheaper.")))
                .isEmpty();
        assertThat(definitions(extract("Loyalty cards reward repeat buying.", "True")))
                .containsExactly("Loyalty card: Loyalty cards reward repeat buying.");
    }
}
