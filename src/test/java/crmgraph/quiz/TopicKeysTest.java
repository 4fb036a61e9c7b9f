package crmgraph.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.RelationType;
import crmgraph.graph.StudyMaterial;
import crmgraph.nlp.English;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Items kept under their topic's key are reused only while the key is unchanged: after any change,
 * the kept items of unchanged keys together with the items generated for the others must be exactly
 * the items a full generation gives, or a stale item would be served.
 */
class TopicKeysTest {

    private static ItemGenerator generator;

    @BeforeAll
    static void load() {
        generator = new ItemGenerator(English.shared());
    }

    /** What a build after a change serves, and which topics it had to generate. */
    private record Rebuilt(Set<QuizItem> items, Set<String> generated, int topics) {}

    private static Rebuilt rebuild(StudyMaterial before, StudyMaterial after) {
        StudyIndex old = new StudyIndex(before);
        Map<String, String> oldKeys = TopicKeys.of(old, "v1");
        Map<String, List<QuizItem>> kept = new HashMap<>();
        oldKeys.values().forEach(k -> kept.put(k, new ArrayList<>()));
        generator
                .generate(old)
                .forEach(i -> kept.get(oldKeys.get(i.source().topic())).add(i));

        StudyIndex now = new StudyIndex(after);
        Map<String, String> keys = TopicKeys.of(now, "v1");
        Set<String> missing = new HashSet<>();
        Set<QuizItem> items = new HashSet<>();
        keys.forEach((topic, key) -> {
            if (kept.containsKey(key)) {
                items.addAll(kept.get(key));
            } else {
                missing.add(topic);
            }
        });
        items.addAll(generator.generate(now, missing::contains));
        return new Rebuilt(items, missing, keys.size());
    }

    private static Set<QuizItem> full(StudyMaterial material) {
        return Set.copyOf(generator.generate(material));
    }

    @Test
    void an_unchanged_graph_reuses_every_topic_and_generates_nothing() {
        StudyMaterial m = QuizFixture.crm().material();

        Rebuilt r = rebuild(m, QuizFixture.crm().material());

        assertThat(r.generated()).isEmpty();
        assertThat(r.items()).isEqualTo(full(m)).hasSize(full(m).size());
    }

    @Test
    void a_changed_definition_regenerates_its_concept_and_those_reading_its_words_only() {
        StudyMaterial before = QuizFixture.crm().material();
        StudyMaterial after = withConcept(
                before,
                "IDIC model",
                c -> withDefinitions(c, "A four-step framework for building one-to-one bonds with individual buyers."));

        Rebuilt r = rebuild(before, after);

        assertThat(r.items()).isEqualTo(full(after));
        assertThat(r.generated())
                .contains(QuizFixture.id("IDIC model"))
                .doesNotContain(QuizFixture.id("Data warehouse"), QuizFixture.id("Service level agreement"));
        assertThat(r.generated().size()).isLessThan(r.topics() / 2);
    }

    @Test
    void a_new_concept_named_in_an_old_definition_regenerates_that_definitions_concept() {
        StudyMaterial before = QuizFixture.crm().material();
        StudyMaterial after = QuizFixture.crm()
                .define(
                        "Purchase habits",
                        List.of(),
                        "Recurring choices a shopper makes about timing, quantity and brand.")
                .material();

        Rebuilt r = rebuild(before, after);

        assertThat(r.items()).isEqualTo(full(after));
        assertThat(r.generated()).contains(QuizFixture.id("Purchase habits"), QuizFixture.id("Data mining"));
    }

    @Test
    void a_renamed_concept_stating_an_old_ones_fact_regenerates_the_old_one_which_accepts_the_new_name() {
        StudyMaterial before = QuizFixture.crm()
                .define(
                        "Enterprise warehouse",
                        List.of(),
                        "A central repository that keeps records gathered from many sources across a firm.")
                .material();
        StudyMaterial after = withConcept(
                before,
                "Enterprise warehouse",
                c -> new StudyMaterial.Concept(c.id(), "Corporate warehouse", c.aliases(), c.definitions(), c.cards()));

        Rebuilt r = rebuild(before, after);

        // only what else is right for it changed: no word count, mention or neighbour
        assertThat(r.items()).isEqualTo(full(after));
        assertThat(r.generated()).contains(QuizFixture.id("Data warehouse"));
        assertThat(r.items())
                .filteredOn(i -> i.source().concept().equals(QuizFixture.id("Data warehouse")))
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.key().accepted()).contains("Corporate warehouse"));
    }

    @Test
    void a_new_alias_regenerates_the_items_that_show_or_accept_the_name() {
        StudyMaterial before = QuizFixture.crm().material();
        StudyMaterial after = withConcept(
                before,
                "Operational CRM",
                c -> new StudyMaterial.Concept(
                        c.id(), c.name(), List.of("front-office CRM"), c.definitions(), c.cards()));

        Rebuilt r = rebuild(before, after);

        assertThat(r.items()).isEqualTo(full(after));
        assertThat(r.generated())
                .contains(
                        QuizFixture.id("Operational CRM"),
                        QuizFixture.id("Analytical CRM"),
                        QuizFixture.id("Customer relationship management"));
    }

    @Test
    void a_new_kind_regenerates_its_parent_and_the_other_kinds_whose_distractors_it_may_be() {
        StudyMaterial before = QuizFixture.crm().material();
        StudyMaterial after = QuizFixture.crm()
                .define("Social CRM", List.of(), "Brings conversations on social networks into the customer record.")
                .relation(RelationType.IS_A, "Social CRM", "Customer relationship management", null)
                .material();

        Rebuilt r = rebuild(before, after);

        assertThat(r.items()).isEqualTo(full(after));
        assertThat(r.generated())
                .contains(
                        QuizFixture.id("Social CRM"),
                        QuizFixture.id("Customer relationship management"),
                        QuizFixture.id("Strategic CRM"));
    }

    @Test
    void a_reordered_list_regenerates_the_list_and_its_order_item() {
        QuizFixture f = QuizFixture.crm();
        StudyMaterial before = f.material();
        List<StudyMaterial.Link> links = before.links().stream()
                .map(l -> l.order() != null && l.order() <= 2
                        ? new StudyMaterial.Link(l.type(), l.from(), l.to(), 3 - l.order(), l.card(), l.deck())
                        : l)
                .toList();
        StudyMaterial after = new StudyMaterial("after", before.concepts(), links);

        Rebuilt r = rebuild(before, after);

        assertThat(r.items()).isEqualTo(full(after));
        assertThat(r.generated()).contains(QuizFixture.id("IDIC model"));
    }

    @Test
    void a_name_other_decks_now_spell_another_way_regenerates_the_items_that_show_it() {
        StudyMaterial before = QuizFixture.crm()
                .define(
                        "Loyalty effect",
                        List.of(),
                        "Profit per buyer rises with the years a buyer stays, as Reicheld showed.")
                .material();
        StudyMaterial after = QuizFixture.crm()
                .define(
                        "Loyalty effect",
                        List.of(),
                        "Profit per buyer rises with the years a buyer stays, as Reicheld showed.")
                .define(
                        "Zero defections",
                        List.of(),
                        "The aim Reichheld set of keeping every buyer a firm serves at a profit.")
                .define(
                        "Loyalty economics",
                        List.of(),
                        "The study Reichheld began of what loyal buyers are worth over time.")
                .material();

        Rebuilt r = rebuild(before, after);

        assertThat(r.items()).isEqualTo(full(after));
        assertThat(r.generated()).contains(QuizFixture.id("Loyalty effect"));
    }

    @Test
    void another_generator_version_changes_every_key() {
        StudyIndex index = new StudyIndex(QuizFixture.crm().material());

        Map<String, String> one = TopicKeys.of(index, "1-abc");
        Map<String, String> other = TopicKeys.of(index, "2-abc");

        assertThat(one.keySet()).isEqualTo(other.keySet());
        assertThat(one.values()).doesNotContainAnyElementsOf(other.values());
        assertThat(TopicKeys.of(index, "1-abc")).isEqualTo(one);
    }

    private static StudyMaterial withConcept(
            StudyMaterial m, String name, UnaryOperator<StudyMaterial.Concept> change) {
        List<StudyMaterial.Concept> concepts = m.concepts().stream()
                .map(c -> c.name().equals(name) ? change.apply(c) : c)
                .toList();
        return new StudyMaterial("changed", concepts, m.links());
    }

    private static StudyMaterial.Concept withDefinitions(StudyMaterial.Concept c, String text) {
        StudyMaterial.Definition old = c.definitions().get(0);
        return new StudyMaterial.Concept(
                c.id(),
                c.name(),
                c.aliases(),
                List.of(new StudyMaterial.Definition(text, old.card(), old.deck())),
                c.cards());
    }
}
