package crmgraph.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import crmgraph.Config;
import crmgraph.graph.GraphStore;
import crmgraph.graph.QuizQueries;
import crmgraph.graph.ReviewStore;
import crmgraph.nlp.English;
import crmgraph.testing.TestGraph;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A store of its own, closed and opened again: learners, reviews and item ids are still there. */
class ReviewsSurviveRestartIT {

    @Test
    void reviews_and_what_is_due_survive_closing_and_reopening_the_store() {
        Config config = Config.fromEnvironment(TestGraph.newDataDir("quiz-restart"), Map.of());
        MutableClock clock = new MutableClock(Instant.parse("2026-05-04T08:00:00Z"));
        String learner;
        String item;
        try (GraphStore store = GraphStore.open(config)) {
            QuizFixture.crm().writeTo(store);
            QuizService quiz = new QuizService(new QuizQueries(store), new ReviewStore(store), English::shared, clock);
            learner = quiz.signIn("Lin").id();
            item = quiz.forConcept(QuizFixture.id("Data warehouse"), 1).get(0).id();
            quiz.answer(item, "no idea", false, Optional.of(learner));
        }
        clock.advance(Duration.ofMinutes(30));
        try (GraphStore store = GraphStore.open(config)) {
            QuizService quiz = new QuizService(new QuizQueries(store), new ReviewStore(store), English::shared, clock);
            assertThat(quiz.learner(learner)).map(ReviewStore.Learner::name).contains("Lin");
            assertThat(quiz.due(learner, 10)).extracting(QuizItem::id).containsExactly(item);
            assertThat(quiz.due(quiz.signIn("Someone else").id(), 10)).isEmpty();
        }
    }
}
