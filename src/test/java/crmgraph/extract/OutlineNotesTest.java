package crmgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import crmgraph.RelationType;
import crmgraph.read.DeckReader;
import crmgraph.testing.Fixtures;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Outlines pasted from a word processor, read with DeckReader and extracted with CardExtractor: they are notes. */
class OutlineNotesTest {

    private static final Extraction RECOVERY = extract("numbered-dash.txt");
    private static final Extraction MODELS = extract("arrow-models.txt");
    private static final Extraction HURRIED = extract("hurried-notes.txt");

    private static Extraction extract(String fixture) {
        return new CardExtractor().extract(new DeckReader().read(fixture, Fixtures.text("outline/" + fixture)));
    }

    private static String definition(Extraction x, String name) {
        return x.concepts().stream()
                .filter(c -> c.name().equalsIgnoreCase(name) && c.hasDefinition())
                .map(ConceptFact::definition)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no definition of " + name));
    }

    private static List<String> names(Extraction x) {
        return x.concepts().stream()
                .map(c -> c.name().toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
    }

    private static List<RelationFact> parts(Extraction x, String whole) {
        return x.relations().stream()
                .filter(r -> r.type() == RelationType.HAS_PART && r.from().equals(whole))
                .toList();
    }

    @Test
    void a_term_with_a_dash_and_its_explanation_is_a_definition_even_wrapped_onto_a_second_line() {
        assertThat(definition(RECOVERY, "Recovery paradox")).startsWith("a customer whose problem is put right well");
        assertThat(definition(RECOVERY, "Switching barrier")).startsWith("anything that makes leaving a provider");
        assertThat(definition(RECOVERY, "Empowerment")).endsWith("without asking a manager first");
    }

    @Test
    void numbered_headings_are_sections_not_concepts() {
        assertThat(names(RECOVERY))
                .doesNotContain(
                        "why recovery matters",
                        "fairness in complaint handling",
                        "service recovery \u2013 week 4 lecture outline");
        assertThat(names(MODELS)).doesNotContain("what moves a customer up");
    }

    @Test
    void a_heading_about_kinds_makes_its_terms_kinds_and_a_numbered_list_under_steps_is_ordered() {
        assertThat(RECOVERY.relations())
                .filteredOn(r -> r.type() == RelationType.IS_A)
                .extracting(RelationFact::from, RelationFact::to)
                .contains(
                        tuple("Distributive fairness", "fairness"),
                        tuple("Procedural fairness", "fairness"),
                        tuple("Interactional fairness", "fairness"));
        assertThat(parts(RECOVERY, "Recovery steps"))
                .extracting(RelationFact::to, RelationFact::order)
                .startsWith(tuple("Acknowledge the problem", 1), tuple("Apologise sincerely", 2));
    }

    @Test
    void steps_joined_by_arrows_under_a_term_heading_are_its_ordered_parts() {
        assertThat(parts(MODELS, "Relationship ladder"))
                .extracting(RelationFact::to, RelationFact::order)
                .containsExactly(
                        tuple("Prospect", 1),
                        tuple("Customer", 2),
                        tuple("Client", 3),
                        tuple("Supporter", 4),
                        tuple("Advocate", 5));
        assertThat(parts(MODELS, "Purchase funnel"))
                .extracting(RelationFact::to)
                .containsExactly("Awareness", "Interest", "Desire", "Action");
    }

    @Test
    void rows_with_one_arrow_are_pairs_not_a_model() {
        assertThat(MODELS.relations())
                .noneMatch(r -> r.to().contains("trust")
                        || r.to().contains("commitment")
                        || r.from().contains("trust"));
    }

    @Test
    void a_term_labelling_a_line_of_steps_owns_them() {
        Extraction x = new CardExtractor()
                .extract(
                        new DeckReader()
                                .read(
                                        "models.txt",
                                        "Models\n\n1. Loyalty\nLoyalty loop \u2013 Trial \u2192 Repeat \u2192 Habit \u2192 Advocacy\n\u2022 Churn \u2013 customers leaving for a rival\n"
                                                + "2. Service\n\u2022 Blueprint \u2013 a map of every step of a service\n\u2022 Moment of truth \u2013 a contact that shapes the customer's view\n"));
        assertThat(parts(x, "Loyalty loop"))
                .extracting(RelationFact::to, RelationFact::order)
                .containsExactly(tuple("Trial", 1), tuple("Repeat", 2), tuple("Habit", 3), tuple("Advocacy", 4));
    }

    @Test
    void a_lead_in_that_is_only_a_noun_phrase_names_the_list_of_term_lines_under_it_as_a_heading_would() {
        assertThat(parts(HURRIED, "pricing approaches"))
                .extracting(RelationFact::to)
                .containsExactly("cost-plus pricing", "value-based pricing", "going-rate pricing");
        assertThat(definition(HURRIED, "going-rate pricing")).isEqualTo("follow what the competitors charge");
    }

    @Test
    void hurried_notes_keep_their_sentence_definitions_and_their_headings_in_capitals_are_sections() {
        assertThat(definition(HURRIED, "psychological pricing"))
                .startsWith("psychological pricing means using prices that feel lower");
        assertThat(definition(HURRIED, "price war")).startsWith("rivals cutting prices");
        assertThat(names(HURRIED)).doesNotContain("setting the price", "loyalty");
        // A heading in capitals over terms names their list, as any heading does.
        assertThat(parts(HURRIED, "price tiers")).extracting(RelationFact::to).startsWith("entry tier", "premium tier");
    }

    @Test
    void a_term_that_is_one_plural_noun_over_a_series_names_the_list_of_its_section() {
        assertThat(parts(HURRIED, "dimensions of data quality"))
                .extracting(RelationFact::to)
                .containsExactly("accuracy", "completeness", "timeliness", "validity");
        // A plural term explained in prose is a term of its own.
        assertThat(definition(HURRIED, "butterflies")).startsWith("profitable buyers who stay");
        assertThat(names(HURRIED)).doesNotContain("dimensions");
    }

    @Test
    void a_counted_plural_lead_in_under_a_heading_names_the_list_of_that_heading() {
        assertThat(parts(HURRIED, "dimensions of service quality"))
                .extracting(RelationFact::to)
                .containsExactly("reliability", "responsiveness", "assurance", "empathy", "tangibles");
        // A one-word heading is as often "Overview" as a concept: no list is named after it.
        assertThat(ListHeading.ofHeading("Overview", "benefits")).isEmpty();
        assertThat(ListHeading.ofHeading("Data quality", "Dimensions")).contains("dimensions of Data quality");
    }

    @Test
    void a_term_line_after_one_ending_on_a_preposition_is_a_term_of_its_own_even_with_an_arrow_in_it() {
        String notes = String.join(
                "\n",
                "LOYALTY - wk 6 revision",
                "",
                "points scheme = spend earns points, cashed in later for rewards",
                "tiered scheme - members climb levels, better perks as spend goes up",
                "coalition = several firms share one scheme, members earn everywhere they shop in",
                "paid scheme = fee up front → instant perks, so members feel they must use it",
                "breakage: points earned but never spent, pure profit for the firm");
        Extraction x = new CardExtractor().extract(new DeckReader().read("rev.txt", notes));
        assertThat(definition(x, "coalition"))
                .isEqualTo("several firms share one scheme, members earn everywhere they shop in");
        assertThat(definition(x, "paid scheme")).startsWith("fee up front");
    }

    @Test
    void stage_lines_under_a_model_heading_are_its_stages_in_order() {
        String notes = String.join(
                "\n",
                "THE LOYALTY LOOP",
                "",
                "Stage 1 - Trial: a first purchase on an offer",
                "Stage 2 - Repeat buying: coming back without a prompt",
                "Stage 3 - Habit: buying without weighing up rivals",
                "Stage 4 - Advocacy: telling friends to buy as well");
        Extraction x = new CardExtractor().extract(new DeckReader().read("loop.txt", notes));
        assertThat(x.relations())
                .filteredOn(r -> r.type() == crmgraph.RelationType.HAS_PART)
                .extracting(RelationFact::from, RelationFact::to, RelationFact::order)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("loyalty loop", "Trial", 1),
                        org.assertj.core.api.Assertions.tuple("loyalty loop", "Repeat buying", 2),
                        org.assertj.core.api.Assertions.tuple("loyalty loop", "Habit", 3),
                        org.assertj.core.api.Assertions.tuple("loyalty loop", "Advocacy", 4));
        assertThat(definition(x, "Repeat buying")).isEqualTo("coming back without a prompt");
        assertThat(names(x)).doesNotContain("stage 1", "stage 2");
    }

    @Test
    void a_label_every_section_explains_differently_is_no_term() {
        String notes = String.join(
                "\n",
                "# Rollout",
                "",
                "## Pilot",
                "",
                "- Output: one team using the system for a month",
                "",
                "## Training",
                "",
                "- Output: every user able to log a call",
                "",
                "## Go-live",
                "",
                "- Output: the old system switched off for good");
        Extraction x = new CardExtractor().extract(new DeckReader().read("rollout.md", notes));
        assertThat(names(x)).doesNotContain("output");
    }
}
