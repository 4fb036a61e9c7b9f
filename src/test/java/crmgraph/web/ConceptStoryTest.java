package crmgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.graph.ConceptDetail;
import crmgraph.graph.ConceptDetail.Part;
import crmgraph.graph.ConceptDetail.Related;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConceptStoryTest {

    private static ConceptDetail concept(String name, List<Part> parts, List<Related> related) {
        return new ConceptDetail(
                "x",
                name,
                List.of(),
                List.of(),
                parts,
                List.of(),
                List.of(),
                related,
                List.of(),
                new ConceptDetail.Totals(0, parts.size(), 0, 0, related.size(), 0));
    }

    private static List<Part> ordered(String... names) {
        return java.util.stream.IntStream.range(0, names.length)
                .mapToObj(i -> new Part("p" + i, names[i], i + 1))
                .toList();
    }

    @Test
    void an_acronym_in_the_name_spelled_by_the_ordered_parts_is_shown_with_them() {
        assertThat(ConceptStory.acronym(
                        concept("the LEAD cycle", ordered("Listen", "Engage", "Act", "Deliver"), List.of())))
                .contains("LEAD: Listen, Engage, Act, Deliver");
    }

    @Test
    void an_acronym_the_parts_do_not_spell_or_parts_without_order_show_nothing() {
        assertThat(ConceptStory.acronym(
                        concept("the LEAD cycle", ordered("Listen", "Act", "Engage", "Deliver"), List.of())))
                .isEmpty();
        List<Part> unordered = List.of(new Part("a", "Listen", null), new Part("b", "Engage", null));
        assertThat(ConceptStory.acronym(concept("LE", unordered, List.of()))).isEmpty();
    }

    @Test
    void a_concept_no_card_defines_is_told_by_its_parts_and_its_other_names() {
        Related twin = new Related("t", "three habits of service", "same model", "the LEAD cycle is also taught as x");
        ConceptDetail c = concept("the LEAD cycle", ordered("Listen", "Engage", "Act", "Deliver"), List.of(twin));

        assertThat(ConceptStory.undefined(c, List.of(twin)))
                .isEqualTo(
                        "No card defines this concept. It is made of 4 steps, in order: Listen, Engage, Act, Deliver."
                                + " The same model is also taught as three habits of service.");
        assertThat(ConceptStory.of(c).related()).isEmpty();
        assertThat(ConceptStory.of(c).alsoTaughtAs()).containsExactly(twin);
    }

    @Test
    void a_part_named_only_by_its_position_is_labelled_by_what_its_definition_says() {
        Part stage = new Part(
                "s2",
                "Stage 2 of the loyalty ladder",
                2,
                "Turning a first-time buyer into a repeat client through follow-up calls. It takes months.");
        Part named = new Part("n", "Referral", 3, "A client recommends the firm.");
        Part bare = new Part("b", "Step 4", 4, "");
        ConceptDetail c = concept("loyalty ladder", List.of(stage, named, bare), List.of());

        assertThat(ConceptStory.steps(c))
                .extracting(ConceptStory.Step::label)
                .containsExactly(
                        "Stage 2: Turning a first-time buyer into a repeat client through follow-up calls",
                        "Referral",
                        "Step 4");
    }

    @Test
    void a_long_definition_is_cut_at_a_word() {
        String text = "A programme that rewards members for every purchase with points they can spend on flights,"
                + " hotels and upgrades across partner brands";
        assertThat(ConceptStory.summary(text))
                .isEqualTo(
                        "A programme that rewards members for every purchase with points they can spend on flights …");
    }

    @Test
    void related_concepts_are_grouped_by_how_they_relate() {
        List<Related> related = List.of(
                new Related("a", "Churn", "mention", ""),
                new Related("b", "Loyalty", "mention", "Reward scheme builds Loyalty"),
                new Related("c", "Discount", "contrast", ""),
                new Related("d", "Reward scheme cost", "name", ""));
        assertThat(ConceptStory.groups(concept("Reward scheme", List.of(), related)))
                .extracting(ConceptStory.RelatedGroup::title)
                .containsExactly(
                        "Said in definitions", "Contrasted with", "Mentioned in definitions", "Sharing a name");
    }
}
