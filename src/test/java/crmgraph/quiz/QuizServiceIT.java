package crmgraph.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.graph.GraphStore;
import crmgraph.graph.QuizQueries;
import crmgraph.graph.ReviewStore;
import crmgraph.nlp.English;
import crmgraph.pipeline.Pipeline;
import crmgraph.testing.Fixtures;
import crmgraph.testing.TestGraph;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QuizServiceIT {

    private final GraphStore store = TestGraph.store();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
    private QuizService quiz;

    @BeforeEach
    void writeFixture() {
        TestGraph.wipe();
        QuizFixture.crm().writeTo(store);
        quiz = service();
    }

    private QuizService service() {
        return new QuizService(new QuizQueries(store), new ReviewStore(store), English::shared, clock);
    }

    @Test
    void items_read_from_the_graph_are_the_items_of_the_fixture_with_the_same_ids() {
        Set<String> fromMaterial = new ItemGenerator(English.shared())
                .generate(QuizFixture.crm().material()).stream()
                        .map(QuizItem::id)
                        .collect(Collectors.toSet());
        assertThat(quiz.items()).extracting(QuizItem::id).containsExactlyInAnyOrderElementsOf(fromMaterial);
    }

    @Test
    void every_item_from_the_graph_accepts_its_expected_answer_and_leaks_nothing() {
        AnswerChecker checker = new AnswerChecker(English.shared());
        // One item per definition (and list items only for closed lists): the fixture gives about twenty.
        assertThat(quiz.items()).hasSizeGreaterThan(15).allSatisfy(item -> {
            String answer = item instanceof OrderItem o
                    ? String.join(", ", o.order())
                    : item.key().answer();
            assertThat(checker.check(item, answer).correct())
                    .as(item.toString())
                    .isTrue();
            assertThat(LeakCheck.leak(item)).as(item.toString()).isEmpty();
        });
    }

    @Test
    void a_quiz_on_a_model_covers_the_model_and_its_parts() {
        List<QuizItem> items = quiz.forConcept(QuizFixture.id("IDIC model"), 10);
        // one item on the list itself (each list item shows the other members), then every part's own
        assertThat(items).hasSize(6);
        assertThat(items)
                .extracting(i -> i.source().concept())
                .contains(
                        QuizFixture.id("IDIC model"),
                        QuizFixture.id("Identify"),
                        QuizFixture.id("Differentiate"),
                        QuizFixture.id("Interact"),
                        QuizFixture.id("Customize"));
        // the list first; IDIC's letters spell its order: a lettered list cloze, no order item
        assertThat(items)
                .extracting(QuizItem::type)
                .startsWith("list-cloze")
                .contains("cloze")
                .doesNotContain("order")
                .filteredOn("list-cloze"::equals)
                .hasSize(1);
    }

    @Test
    void a_quiz_on_a_single_concept_spaces_its_items_with_those_of_related_concepts() {
        // Each definition gives one item: three definitions make three items of the concept's own.
        TestGraph.wipe();
        QuizFixture.crm()
                .define(
                        "Analytical CRM",
                        List.of(),
                        "The part of CRM that turns purchase histories into segments, forecasts and next offers.")
                .define(
                        "Analytical CRM",
                        List.of(),
                        "Studying what buyers did in the past to predict which of them will respond to a campaign.")
                .writeTo(store);
        quiz = service();
        List<QuizItem> items = quiz.forConcept(QuizFixture.id("Analytical CRM"), 6);
        assertThat(items).hasSize(6);
        assertThat(items.get(0).source().concept()).isEqualTo(QuizFixture.id("Analytical CRM"));
        assertThat(items)
                .filteredOn(i -> i.source().concept().equals(QuizFixture.id("Analytical CRM")))
                .hasSizeGreaterThanOrEqualTo(3);
        for (int i = 1; i < items.size(); i++) {
            assertThat(items.get(i).source().concept())
                    .as("item %d", i)
                    .isNotEqualTo(items.get(i - 1).source().concept());
        }
    }

    @Test
    void a_quiz_on_a_deck_takes_its_items_from_that_deck() {
        List<QuizItem> whole = quiz.forDeck(QuizFixture.DECK, 50);
        long listTopics = quiz.items().stream()
                .filter(i -> i instanceof ListCloze || i instanceof OrderItem)
                .map(i -> i.source().topic())
                .distinct()
                .count();
        long notOnLists = quiz.items().stream()
                .filter(i -> !(i instanceof ListCloze || i instanceof OrderItem))
                .count();
        // every item of the deck but the second and later items on one list
        assertThat(whole)
                .hasSize((int) (notOnLists + listTopics))
                .allMatch(i -> i.source().deck().equals(QuizFixture.DECK));
        assertThat(quiz.forDeck(QuizFixture.DECK, 5))
                .hasSize(5)
                .extracting(i -> i.source().concept())
                .doesNotHaveDuplicates();
        assertThat(quiz.forDeck("no-such-deck", 10)).isEmpty();
    }

    @Test
    void answers_are_stored_as_reviews_and_fsrs_decides_what_is_due_for_each_learner_alone() {
        ReviewStore.Learner ada = quiz.signIn("Ada");
        ReviewStore.Learner bob = quiz.signIn("Bob");
        assertThat(quiz.signIn(" Ada ").id()).isEqualTo(ada.id());
        QuizItem wrong = quiz.forConcept(QuizFixture.id("Interact"), 1).get(0);
        QuizItem right = quiz.forConcept(QuizFixture.id("Data mining"), 1).get(0);
        assertThat(quiz.answer(wrong.id(), "no idea", false, Optional.of(ada.id()))
                        .grade())
                .isEqualTo(Grade.AGAIN);
        assertThat(quiz.answer(right.id(), right.key().answer(), false, Optional.of(ada.id()))
                        .grade())
                .isEqualTo(Grade.GOOD);
        assertThat(quiz.answer(right.id(), right.key().answer(), true, Optional.of(bob.id()))
                        .grade())
                .isEqualTo(Grade.HARD);

        assertThat(quiz.due(ada.id(), 10)).isEmpty();
        clock.advance(Duration.ofMinutes(11));
        assertThat(quiz.due(ada.id(), 10)).extracting(QuizItem::id).containsExactly(wrong.id());
        assertThat(quiz.due(bob.id(), 10)).isEmpty();
        clock.advance(Duration.ofDays(3));
        assertThat(quiz.due(ada.id(), 10)).extracting(QuizItem::id).containsExactly(wrong.id(), right.id());
        assertThat(quiz.due(bob.id(), 10)).extracting(QuizItem::id).containsExactly(right.id());
    }

    @Test
    void reviews_and_item_ids_survive_a_new_service_and_a_reimport_of_the_deck() {
        ReviewStore.Learner ada = quiz.signIn("Ada");
        QuizItem item = quiz.forConcept(QuizFixture.id("Touch points"), 1).get(0);
        quiz.answer(item.id(), "wrong answer", false, Optional.of(ada.id()));
        QuizFixture.crm().writeTo(store);
        QuizService restarted = service();
        clock.advance(Duration.ofHours(1));
        assertThat(restarted.item(item.id())).isPresent();
        assertThat(restarted.due(ada.id(), 10)).extracting(QuizItem::id).containsExactly(item.id());
        assertThat(restarted.schedule(ada.id()).memories().get(item.id()).lapses())
                .isEqualTo(1);
    }

    @Test
    void importing_other_decks_keeps_the_ids_of_the_items_a_deck_already_had() {
        Set<String> before = quiz.items().stream().map(QuizItem::id).collect(Collectors.toSet());
        Pipeline.importer(store)
                .importPaths(List.of(
                        Fixtures.fixture("glossary.tsv"), Fixtures.fixture("terms.md"), Fixtures.fixture("notes.md")));
        Set<String> after = quiz.items().stream()
                .filter(i -> i.source().deck().equals(QuizFixture.DECK))
                .map(QuizItem::id)
                .collect(Collectors.toSet());
        assertThat(after).isEqualTo(before);
    }

    @Test
    void an_item_shown_just_before_its_deck_disappeared_can_still_be_answered() {
        QuizItem shown = quiz.forConcept(QuizFixture.id("Touch points"), 1).get(0);
        ReviewStore.Learner ada = quiz.signIn("Ada");
        TestGraph.wipe();
        Pipeline.importer(store).importPaths(List.of(Fixtures.fixture("glossary.tsv")));
        assertThat(quiz.items()).extracting(QuizItem::id).doesNotContain(shown.id());
        String answer = shown instanceof OrderItem o
                ? String.join(", ", o.order())
                : shown.key().answer();
        assertThat(quiz.answer(shown.id(), answer, false, Optional.of(ada.id()))
                        .verdict()
                        .correct())
                .isTrue();
    }

    @Test
    void the_anki_export_is_a_cloze_note_file() {
        String anki = quiz.ankiForDeck(QuizFixture.DECK);
        assertThat(anki).startsWith("#separator:tab\n#html:false\n#notetype:Cloze\n#deck:crmgraph::Quiz fixture\n");
        assertThat(anki)
                .contains("{{c1::Customer relationship management}} is a business strategy")
                .contains("IDIC model: {{c1::Identify}}, {{c2::Differentiate}}, {{c3::Interact}}, {{c4::Customize}}\t");
        assertThat(anki.lines().filter(l -> !l.startsWith("#")))
                .allMatch(l -> l.split("\t").length == 2 && l.contains("{{c1::"));
        assertThat(quiz.ankiForConcept(QuizFixture.id("IDIC model"))).contains("#deck:crmgraph::IDIC model");
    }
}
