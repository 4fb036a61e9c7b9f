package crmgraph.web;

import crmgraph.graph.QuizQueries;
import crmgraph.quiz.QuizService;

import java.util.List;

/** Models of the quiz pages (templates quiz*.jte). */
public final class QuizPages {

    private QuizPages() {
    }

    /** The quiz start page: who is learning, what is due, where a quiz can start. */
    public record Home(String learner, int due, List<QuizService.Topic> topics, List<QuizQueries.DeckName> decks,
                       String message) {
    }

    /** One labelled option of a choice or order item. */
    public record Option(String label, String text) {
    }

    /** The item being asked. */
    public record Question(String id, String type, String prompt, List<Option> options, String help, String hint,
                           String hintUrl) {
    }

    /** Feedback on the previous answer. */
    public record Feedback(boolean correct, String given, String expected, String text, String conceptId,
                           String conceptName) {
    }

    /** The play page: feedback on the last answer (if any) above the next question. */
    public record Play(String learner, String items, int position, int total, String results, Question question,
                       Feedback previous, boolean hinted) {

        public int number() {
            return position + 1;
        }
    }

    /** One answered item in the summary. */
    public record Row(String prompt, String result, String conceptId, String conceptName) {
    }

    /** A concept to review after the quiz. */
    public record Review(String conceptId, String conceptName) {
    }

    /** The end of a quiz. */
    public record Summary(String learner, int total, int right, int hinted, List<Row> rows, List<Review> review,
                          Feedback previous, String againUrl) {
    }
}
