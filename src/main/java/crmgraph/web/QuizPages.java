package crmgraph.web;

import crmgraph.graph.QuizQueries;
import crmgraph.quiz.ChoiceItem;
import crmgraph.quiz.Grade;
import crmgraph.quiz.Hints;
import crmgraph.quiz.OrderItem;
import crmgraph.quiz.QuizItem;
import crmgraph.quiz.QuizService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Models of the quiz pages (templates quiz*.jte). */
public final class QuizPages {

    private QuizPages() {}

    /** The quiz start page: who is learning, what is due, where a quiz can start. */
    public record Home(
            String learner,
            int due,
            List<QuizService.Topic> topics,
            List<QuizQueries.DeckName> decks,
            String message) {}

    /** One labelled option of a choice or order item. */
    public record Option(String label, String text) {}

    /** The item being asked. */
    public record Question(
            String id, String type, String prompt, List<Option> options, String help, String hint, String hintUrl) {

        /** {@code item} asked, its options lettered A, B, C…; the hint shown when {@code hinted}, else a link to it. */
        static Question of(QuizItem item, boolean hinted, String hintUrl) {
            List<Option> options = new ArrayList<>();
            for (int i = 0; i < item.choices().size(); i++) {
                options.add(new Option(
                        String.valueOf((char) ('A' + i)), item.choices().get(i)));
            }
            String help = item instanceof OrderItem
                    ? "Type the letters in the right order, e.g. \u201cB A C\u201d."
                    : item instanceof ChoiceItem ? "Type the letter or the answer." : "Type the missing words.";
            return new Question(
                    item.id(), item.type(), item.prompt(), options, help, hinted ? Hints.of(item) : null, hintUrl);
        }
    }

    /** Feedback on the previous answer. */
    public record Feedback(
            boolean correct,
            String given,
            String expected,
            String text,
            String conceptId,
            String conceptName,
            Overrule overrule) {}

    /**
     * The form that lets the learner overrule a wrong verdict ("I was right: count it"): the quiz
     * as it stands after the answer, and the answer. Null where the checker knew the answer as
     * something else.
     */
    public record Overrule(String items, int position, String results, String answer) {}

    /** The play page: feedback on the last answer (if any) above the next question. */
    public record Play(
            String learner,
            String items,
            int position,
            int total,
            String results,
            Question question,
            Feedback previous,
            boolean hinted) {

        public int number() {
            return position + 1;
        }
    }

    /** One answered item in the summary. */
    public record Row(String prompt, String result, String conceptId, String conceptName) {}

    /** A concept to review after the quiz. */
    public record Review(String conceptId, String conceptName) {}

    /** The end of a quiz. */
    public record Summary(
            String learner,
            int total,
            int right,
            int hinted,
            List<Row> rows,
            List<Review> review,
            Feedback previous,
            String againUrl) {

        /**
         * The summary of a finished {@code run}: a row per item with its grade's {@link Grade#outcome() outcome},
         * and the concepts of the items not answered right at once to review; {@code items} finds an item by id.
         */
        static Summary of(
                String learner, QuizRun run, Function<String, Optional<QuizItem>> items, Optional<Feedback> previous) {
            List<String> ids = run.items();
            List<Grade> grades = run.grades();
            List<Row> rows = new ArrayList<>();
            Map<String, Review> review = new LinkedHashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                Grade grade = grades.get(i);
                Optional<QuizItem> item = items.apply(ids.get(i));
                String prompt = item.map(QuizItem::prompt).orElse("(an item no longer in the graph)");
                String conceptId = item.map(x -> x.source().concept()).orElse(null);
                String conceptName = item.map(x -> x.source().conceptName()).orElse("");
                rows.add(new Row(prompt, grade.outcome(), conceptId, conceptName));
                if (grade != Grade.GOOD && conceptId != null) {
                    review.putIfAbsent(conceptId, new Review(conceptId, conceptName));
                }
            }
            int right = (int) grades.stream().filter(Grade::correct).count();
            int hinted = (int) grades.stream().filter(g -> g == Grade.HARD).count();
            return new Summary(
                    learner,
                    ids.size(),
                    right,
                    hinted,
                    rows,
                    List.copyOf(review.values()),
                    previous.orElse(null),
                    QuizRun.start(ids).url(null, false));
        }
    }
}
