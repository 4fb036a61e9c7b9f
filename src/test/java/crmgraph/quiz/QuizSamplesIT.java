package crmgraph.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.graph.QuizQueries;
import crmgraph.graph.ReviewStore;
import crmgraph.graph.StudyMaterial;
import crmgraph.nlp.English;
import crmgraph.pipeline.Pipeline;
import crmgraph.testing.Fixtures;
import crmgraph.testing.TestGraph;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The three sample decks imported together through the real pipeline, then quizzed. */
class QuizSamplesIT {

    private static QuizService quiz;
    private static StudyMaterial material;

    @BeforeAll
    static void importSamples() {
        Path samples = Fixtures.samples();
        TestGraph.wipe();
        Pipeline.importer(TestGraph.store()).importPaths(List.of(samples));
        QuizQueries queries = new QuizQueries(TestGraph.store());
        material = queries.material();
        quiz = new QuizService(queries, new ReviewStore(TestGraph.store()), English::shared, Clock.systemUTC());
    }

    @Test
    // 65% measured (77% before the second review): a definition that names no known concept to blank, and
    // whose term cloze and choice cannot be made (thin, fragmentary, no distractor, or giving its name away:
    // "value in exchange: the exchange of one form of value …", "feelings evoked: how does the sample feel"),
    // gives nothing rather than a weak item
    void at_least_half_the_defined_concepts_get_an_item() {
        Set<String> covered =
                quiz.items().stream().map(i -> i.source().concept()).collect(Collectors.toSet());
        List<StudyMaterial.Concept> defined = material.concepts().stream()
                .filter(c -> !c.definitions().isEmpty())
                .toList();
        List<String> missing = defined.stream()
                .filter(c -> !covered.contains(c.id()))
                .map(StudyMaterial.Concept::name)
                .toList();
        double coverage = 1.0 - (double) missing.size() / defined.size();
        Map<String, Long> byType =
                quiz.items().stream().collect(Collectors.groupingBy(QuizItem::type, Collectors.counting()));
        System.out.printf(
                "quiz on samples: %d concepts with a definition, %d with an item (%.1f%%), %d items %s; without: %s%n",
                defined.size(),
                defined.size() - missing.size(),
                100 * coverage,
                quiz.items().size(),
                byType,
                missing);
        assertThat(defined).isNotEmpty();
        // 64% until a typed answer one of whose words the definition repeats was refused as a giveaway
        // (lecturers judged "a business strategy" for strategic CRM so): the seed decks' definitions
        // often repeat a word of their names ("Data Warehouse: … data …"); 52.6% since; 49.5% once
        // "____ participant observation" (answer "Non") went: a name negating another is its opposite,
        // and a blank on the prefix alone taught nothing.
        assertThat(coverage).isGreaterThanOrEqualTo(0.48);
    }

    @Test
    void every_sample_item_accepts_its_expected_answer_and_leaks_nothing() {
        AnswerChecker checker = new AnswerChecker(English.shared());
        assertThat(quiz.items()).isNotEmpty().allSatisfy(item -> {
            String answer = item instanceof OrderItem o
                    ? String.join(", ", o.order())
                    : item.key().answer();
            assertThat(checker.check(item, answer).correct())
                    .as(item.toString())
                    .isTrue();
            assertThat(LeakCheck.leak(item)).as(item.toString()).isEmpty();
            assertThat(item.source().card()).as(item.toString()).isNotBlank();
        });
    }
}
