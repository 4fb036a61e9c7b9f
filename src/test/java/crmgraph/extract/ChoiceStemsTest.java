package crmgraph.extract;

import static crmgraph.extract.OneCard.definitions;
import static crmgraph.extract.OneCard.extract;
import static crmgraph.extract.OneCard.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import crmgraph.RelationType;
import org.junit.jupiter.api.Test;

/** Multiple-choice stems that describe the answer, place the options, or name what they are about. */
class ChoiceStemsTest {

    @Test
    void with_not_every_option_but_the_answer_is_a_kind_of_what_the_stem_counts() {
        Extraction x = extract(
                "Which of the following is NOT one of the three RFM measures?\n"
                        + "a. recency\nb. frequency\nc. loyalty\nd. monetary value",
                "c");
        assertThat(x.relations())
                .extracting(RelationFact::type, RelationFact::from, RelationFact::to)
                .containsExactly(
                        tuple(RelationType.IS_A, "recency", "RFM measure"),
                        tuple(RelationType.IS_A, "frequency", "RFM measure"),
                        tuple(RelationType.IS_A, "monetary value", "RFM measure"));
        assertThat(names(x)).doesNotContain("loyalty", "following");
    }

    @Test
    void an_answer_joining_the_two_things_the_stem_asks_for_names_each_of_them() {
        // used to make one concept "branch banking and app banking"
        Extraction x = extract(
                "A bank's channel plan joins which two channels?\na) phone banking and post banking\n"
                        + "b) branch banking and app banking\nc) kiosk banking and agent banking",
                "Answer: b) branch banking and app banking");
        assertThat(names(x)).contains("branch banking", "app banking").doesNotContain("branch banking and app banking");
        assertThat(Choices.namedPair("Which tool joins sales and service?", "sales and service"))
                .isEmpty();
    }

    @Test
    void without_not_only_the_answer_is_one() {
        Extraction x = extract(
                "Which of these is one of the three RFM measures?\na. loyalty\nb. recency\nc. satisfaction",
                "Answer: b");
        assertThat(x.relations())
                .extracting(RelationFact::type, RelationFact::from, RelationFact::to)
                .containsExactly(tuple(RelationType.IS_A, "recency", "RFM measure"));
    }

    @Test
    void a_stem_about_the_stages_of_x_names_x_and_not_the_word_following() {
        Extraction x = extract(
                "Which of the following is NOT a stage of the sales funnel?\n"
                        + "a. awareness\nb. retention budget\nc. purchase",
                "b");
        assertThat(names(x)).containsExactly("sales funnel");
        assertThat(x.relations()).isEmpty();
    }

    @Test
    void a_purpose_the_answer_completes_defines_the_subject() {
        Extraction x = extract(
                "The Customer Effort Score was designed to measure:\n"
                        + "a. how much a customer spends\nb. how easy it was to get an issue resolved\n"
                        + "c. how often a customer complains",
                "b");
        assertThat(definitions(x))
                .containsExactly("Customer Effort Score: The Customer Effort Score was designed to measure how easy"
                        + " it was to get an issue resolved");
    }

    @Test
    void a_stem_asking_who_made_the_subject_defines_nothing() {
        Extraction x =
                extract("The Customer Effort Score was designed by:\na. a consultancy\nb. a bank\nc. a retailer", "a");
        assertThat(definitions(x)).isEmpty();
    }

    @Test
    void a_description_ending_on_an_object_pronoun_keeps_it() {
        Extraction x = extract(
                "Spotting a complaint early and fixing it is called:\na. service recovery\nb. churn\nc. upselling",
                "a");
        assertThat(definitions(x)).containsExactly("service recovery: Spotting a complaint early and fixing it");
    }

    @Test
    void a_pronoun_that_restates_the_description_is_dropped() {
        Extraction x = extract(
                "Customers stop buying from the firm, this is called:\na. service recovery\nb. churn\nc. upselling",
                "b");
        assertThat(definitions(x)).containsExactly("churn: Customers stop buying from the firm");
    }
}
