package crmgraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.extract.MentionSource;
import crmgraph.nlp.English;
import crmgraph.nlp.Token;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each relation pattern on definitions where it applies, and on definitions where it must not. */
class RelationPhraseTest {

    /** The phrase before the first token of {@code mention} in {@code definition}, tagged by the real models. */
    private static Optional<String> phrase(String definition, String mention) {
        return phrase("X", definition, mention);
    }

    private static Optional<String> phrase(String concept, String definition, String mention) {
        List<Token> tokens = English.shared().tagged(definition);
        List<String> words = tokens.stream().map(Token::text).toList();
        MentionSource source = new MentionSource(
                concept,
                1,
                words,
                tokens.stream().map(Token::lemma).toList(),
                tokens.stream().map(Token::tag).toList());
        int at = words.indexOf(mention.split(" ")[0]);
        assertThat(at).as("'%s' in '%s'", mention, definition).isNotNegative();
        return RelationPhrase.before(source, at, at + mention.split(" ").length);
    }

    @Test
    void a_verb_after_the_subject_and_a_relative_pronoun_is_the_relation() {
        assertThat(phrase("A model that measures service quality along five dimensions.", "service quality"))
                .contains("measures");
        assertThat(phrase("A tool which predicts the net profit of each account.", "net profit"))
                .contains("predicts");
    }

    @Test
    void a_definition_that_starts_with_its_verb_relates_its_concept_to_the_object() {
        assertThat(phrase("Uses the data warehouse to find hidden patterns in purchases.", "data warehouse"))
                .contains("uses");
        assertThat(phrase("Predicts the net profit a customer brings.", "net profit"))
                .contains("predicts");
    }

    @Test
    void a_verb_with_a_preposition_keeps_the_preposition() {
        assertThat(phrase("The process that leads to customer loyalty.", "customer loyalty"))
                .contains("leads to");
        assertThat(phrase("A survey that is used by service firms.", "service firms"))
                .contains("is used by");
    }

    @Test
    void a_definition_naming_the_relation_as_a_noun_says_is_a_noun_of() {
        assertThat(phrase("A part of the CRM cycle that wins new buyers.", "CRM cycle"))
                .contains("is a part of");
        assertThat(phrase("The opposite of customer retention.", "customer retention"))
                .contains("is the opposite of");
    }

    @Test
    void a_definition_that_names_its_concept_or_says_it_before_the_verb_relates_that_concept() {
        assertThat(phrase(
                        "Lead scoring",
                        "Lead scoring is a result of the buyer profiling and ranking work.",
                        "buyer profiling"))
                .contains("is a result of");
        assertThat(phrase("KAM", "KAM is a selling approach that manages key accounts across regions.", "key accounts"))
                .contains("manages");
        assertThat(phrase("It measures customer loyalty over a year.", "customer loyalty"))
                .contains("measures");
        assertThat(phrase("Churn", "Loyalty is the opposite of churn.", "churn"))
                .as("another concept's name")
                .isEmpty();
    }

    @Test
    void modifiers_of_the_mentioned_name_stand_between_the_relation_and_the_name() {
        assertThat(phrase("A memory aid for the famous SERVQUAL.", "SERVQUAL")).contains("is a memory aid for");
        assertThat(phrase("A survey that measures the overall service quality.", "service quality"))
                .contains("measures");
    }

    @Test
    void a_verb_whose_subject_is_something_else_gives_no_relation() {
        assertThat(phrase("A tool used by marketers to reduce churn in a period.", "churn"))
                .isEmpty();
        assertThat(phrase("Customers who stay longer buy more products.", "products"))
                .isEmpty();
        assertThat(phrase("When buyers leave, the firm loses revenue.", "revenue"))
                .isEmpty();
    }

    @Test
    void an_activity_an_instruction_a_title_or_a_name_inside_a_longer_object_gives_no_relation() {
        assertThat(phrase("Treating employees as internal customers of the firm.", "internal customers"))
                .isEmpty();
        assertThat(phrase("Compare SERVQUAL with other scales.", "SERVQUAL")).isEmpty();
        assertThat(phrase("The Gaps Model of Service Quality", "Service Quality"))
                .isEmpty();
        assertThat(phrase("The senior manager who backs a CRM project and its budget.", "CRM"))
                .isEmpty();
        assertThat(phrase("The senior manager who backs CRM across the firm.", "CRM"))
                .contains("backs");
        assertThat(phrase("A model that links staff satisfaction to customer loyalty.", "staff satisfaction"))
                .as("half of a two-part relation")
                .isEmpty();
        assertThat(phrase("The ratio of lifetime value to acquisition cost.", "lifetime value"))
                .isEmpty();
    }

    @Test
    void a_negation_a_bare_is_or_a_past_tense_gives_no_relation() {
        assertThat(phrase("A model that does not measure customer loyalty.", "customer loyalty"))
                .isEmpty();
        assertThat(phrase("A plan that is customer loyalty in practice.", "customer loyalty"))
                .isEmpty();
        assertThat(phrase("A campaign that reduced churn last year.", "churn")).isEmpty();
    }

    @Test
    void a_mention_in_a_list_after_the_object_gives_no_relation_of_its_own() {
        assertThat(phrase("A model that measures reliability, empathy and responsiveness.", "empathy"))
                .isEmpty();
    }
}
