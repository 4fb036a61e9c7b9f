package crmgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.RelationType;
import crmgraph.read.Card;
import crmgraph.read.ReadDeck;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Text that is not a concept's name is not read as one: a list's whole is the noun phrase its
 * lead-in or heading names, a framing phrase is no part of a name, and where no whole can be
 * named the list is reported rather than hung on a fragment.
 */
class ListWholeTest {

    private static Extraction extract(String... frontsAndBacks) {
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i + 1 < frontsAndBacks.length; i += 2) {
            cards.add(new Card(i / 2 + 1, frontsAndBacks[i], frontsAndBacks[i + 1], i + 1, i + 2));
        }
        return new CardExtractor().extract(new ReadDeck("test", "lines", cards, List.of()));
    }

    private static List<String> wholes(Extraction x) {
        return x.relations().stream()
                .filter(r -> r.type() == RelationType.HAS_PART)
                .map(RelationFact::from)
                .distinct()
                .toList();
    }

    private static List<String> parts(Extraction x, String whole) {
        return x.relations().stream()
                .filter(r -> r.type() == RelationType.HAS_PART && r.from().equals(whole))
                .map(RelationFact::to)
                .toList();
    }

    private static List<String> names(Extraction x) {
        return x.concepts().stream().map(ConceptFact::name).distinct().toList();
    }

    @Test
    void
            a_statement_standing_before_a_list_does_not_name_it_nor_are_its_bare_members_concepts_and_the_report_says_so() {
        Extraction x = extract(
                "Under every one of them lies churn, which no firm wants.", "1. Retention\n2. Referral\n3. Revenue");
        assertThat(wholes(x)).isEmpty();
        // members known by nothing but their names here are no concepts: the report names them
        assertThat(names(x)).doesNotContain("Retention", "Referral", "Revenue", "lies");
        assertThat(x.warnings())
                .containsExactly(
                        "card 1: list left without a whole: the sentence before it does not name it",
                        "card 1: a list under a front that names no whole, read as no concepts: Retention, Referral, Revenue");
    }

    @Test
    void an_explained_member_under_a_front_that_names_no_whole_is_still_a_concept_with_its_definition() {
        Extraction x = extract(
                "Under every one of them lies churn, which no firm wants.",
                "- Retention: keeping the buyers you have\n- Referral: buyers bringing in others\n- Revenue");
        assertThat(names(x)).contains("Retention", "Referral").doesNotContain("Revenue");
    }

    @Test
    void a_count_that_is_not_the_lists_count_does_not_name_the_list() {
        Extraction x = extract(
                "-> soft and hard are the 2 kinds of service standards",
                "- role stress = staff torn between two demands\n- blueprint = a map of the service process\n- servicescape = the place where the service happens");
        assertThat(wholes(x)).isEmpty();
        assertThat(names(x)).doesNotContain("kinds of service standards");
    }

    @Test
    void a_lead_in_whose_count_agrees_names_the_list() {
        Extraction x = extract(
                "Kotler has described three levels of relationship marketing:",
                "1. Financial\n2. Social\n3. Structural");
        assertThat(wholes(x)).containsExactly("Kotler's levels of relationship marketing");
        assertThat(parts(x, "Kotler's levels of relationship marketing"))
                .containsExactly("Financial", "Social", "Structural");
        assertThat(x.warnings()).isEmpty();
    }

    @Test
    void a_lead_in_without_a_count_names_the_list_when_it_ends_in_a_colon() {
        Extraction x = extract(
                "A loyalty scheme brings several benefits to the firm, mainly these:",
                "- retention\n- data\n- advocacy");
        assertThat(wholes(x)).hasSize(1);
        assertThat(parts(x, wholes(x).get(0))).containsExactly("retention", "data", "advocacy");
    }

    @Test
    void a_heading_the_items_in_the_y_hangs_the_list_on_the_concept_y_points_back_to() {
        Extraction x = extract(
                "What is the complaint handling process?",
                "The way a firm takes in and resolves complaints.",
                "The steps in the process",
                "1. Listen\n2. Apologise\n3. Solve\n4. Thank");
        assertThat(wholes(x)).containsExactly("complaint handling process");
        assertThat(parts(x, "complaint handling process")).containsExactly("Listen", "Apologise", "Solve", "Thank");
        assertThat(names(x)).doesNotContain("steps");
    }

    @Test
    void a_heading_the_items_in_the_y_with_nothing_to_point_back_to_keeps_the_heading_and_says_so() {
        Extraction x = extract("The stages in the ladder", "1. Prospect\n2. Customer\n3. Client\n4. Advocate");
        assertThat(wholes(x)).containsExactly("stages in the ladder");
        assertThat(x.warnings())
                .containsExactly(
                        "card 1: list kept under its heading \"stages in the ladder\": the heading does not say which concept \"ladder\" is");
    }

    @Test
    void a_list_under_a_real_noun_phrase_heading_keeps_it_as_its_whole() {
        Extraction x = extract("Retention levers", "- loyalty schemes\n- service recovery\n- personal contact");
        assertThat(wholes(x)).containsExactly("Retention levers");
        assertThat(x.warnings()).isEmpty();
    }

    @Test
    void members_named_by_a_verb_stay_members() {
        Extraction x = extract("IDIC model", "1. Identify\n2. Differentiate\n3. Interact\n4. Customise");
        assertThat(parts(x, "IDIC model")).containsExactly("Identify", "Differentiate", "Interact", "Customise");
    }

    @Test
    void a_framing_phrase_in_a_multiple_choice_stem_is_no_part_of_the_name() {
        Extraction x = extract(
                "According to relationship marketing theory, loyalty is:\na) a discount\nb) a lasting preference for one firm\nc) a single purchase",
                "b");
        assertThat(names(x)).containsExactlyInAnyOrder("loyalty", "relationship marketing theory");
        assertThat(x.concepts().stream().filter(ConceptFact::hasDefinition).map(ConceptFact::name))
                .containsExactly("loyalty");
    }

    @Test
    void a_framing_phrase_before_a_term_and_its_verb_is_no_part_of_the_name() {
        Extraction x =
                extract("In the IDIC model, customisation means:", "Adapting the offer to what one customer needs.");
        assertThat(names(x)).contains("customisation").noneMatch(n -> n.startsWith("In "));
    }
}
