package crmgraph.web;

import crmgraph.BadInputException;
import crmgraph.graph.ReviewStore;
import crmgraph.quiz.QuizItem;
import crmgraph.quiz.QuizService;
import crmgraph.quiz.Verdict;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;

/**
 * The quiz pages: plain forms, POST-redirect-GET, no JavaScript needed. A quiz in progress lives in
 * its URL ({@link QuizRun}: item ids, position, grades), so it needs no server session and survives restarts.
 */
public final class QuizPageHandlers {

    private static final int DEFAULT_QUIZ = 10;

    private final Views views;
    private final QuizService quiz;
    private final LearnerCookie learners;

    public QuizPageHandlers(Views views, QuizService quiz) {
        this.views = views;
        this.quiz = quiz;
        this.learners = new LearnerCookie(quiz);
    }

    /** /quiz: the start page, or a new quiz when concept, deck or due is given. */
    public void start(Context ctx) {
        Optional<ReviewStore.Learner> learner = learners.of(ctx);
        int limit = Params.intParam(ctx, "limit", DEFAULT_QUIZ, 1, QuizService.MAX_QUIZ);
        String concept = ctx.queryParam("concept");
        String deck = ctx.queryParam("deck");
        boolean due = ctx.queryParam("due") != null;
        if (concept == null && deck == null && !due) {
            ctx.html(views.render("quiz.jte", home(learner, null)));
            return;
        }
        List<QuizItem> items = concept != null
                ? quiz.forConcept(concept, limit)
                : deck != null
                        ? quiz.forDeck(deck, limit)
                        : learner.map(l -> quiz.due(l.id(), limit)).orElse(List.of());
        if (items.isEmpty()) {
            String message = due && learner.isEmpty()
                    ? "Choose a learner name first: \u201cdue now\u201d comes from your own reviews."
                    : due
                            ? "Nothing is due now. Start a quiz on a list, a model or a deck below."
                            : "There are no quiz items for this yet.";
            ctx.status(concept != null && quiz.concept(concept).isEmpty() ? 404 : 200);
            ctx.html(views.render("quiz.jte", home(learner, message)));
            return;
        }
        ctx.redirect(QuizRun.start(items.stream().map(QuizItem::id).toList()).url(null, false), HttpStatus.SEE_OTHER);
    }

    /** /quiz/play: feedback on the last answer and the next item, or the summary. */
    public void play(Context ctx) {
        QuizRun run = QuizRun.parse(ctx.queryParam("items"), ctx.queryParam("n"), ctx.queryParam("r"));
        String answer = ctx.queryParam("a");
        boolean overruled = "1".equals(ctx.queryParam("o"));
        Optional<QuizPages.Feedback> previous =
                run.position() > 0 && answer != null ? feedback(run, answer, overruled) : Optional.empty();
        String learner = learners.of(ctx).map(ReviewStore.Learner::name).orElse(null);
        if (run.finished()) {
            ctx.html(views.render("quiz-summary.jte", QuizPages.Summary.of(learner, run, quiz::item, previous)));
            return;
        }
        boolean hinted = "1".equals(ctx.queryParam("h"));
        QuizItem item = quiz.item(run.current()).orElseThrow(() -> QuizService.noSuchItem(run.current()));
        QuizPages.Question question = QuizPages.Question.of(item, hinted, run.url(answer, true));
        ctx.html(views.render(
                "quiz-play.jte",
                new QuizPages.Play(
                        learner,
                        run.ids(),
                        run.position(),
                        run.items().size(),
                        run.results(),
                        question,
                        previous.orElse(null),
                        hinted)));
    }

    /** POST /quiz/answer: checks, stores the review for the learner, and redirects to the next item. */
    public void answer(Context ctx) {
        QuizRun run = QuizRun.parse(ctx.formParam("items"), ctx.formParam("n"), ctx.formParam("r"));
        // A choice can come from the text field or from an option button; the button's value is the one filled in.
        String given = ctx.formParams("answer").stream()
                .filter(a -> !a.isBlank())
                .reduce((a, b) -> b)
                .orElse("");
        boolean hinted = "1".equals(ctx.formParam("hinted"));
        QuizService.Answered answered =
                quiz.answer(run.current(), given, hinted, learners.of(ctx).map(ReviewStore.Learner::id));
        ctx.redirect(run.answered(answered.grade()).url(given, false), HttpStatus.SEE_OTHER);
    }

    /**
     * POST /quiz/overrule: the learner says their wrong answer meant the same. It counts as right in
     * the quiz and in their reviews; the feedback says so.
     */
    public void overrule(Context ctx) {
        QuizRun run = QuizRun.parse(ctx.formParam("items"), ctx.formParam("n"), ctx.formParam("r"));
        String given = ctx.formParam("answer") == null ? "" : ctx.formParam("answer");
        if (run.position() == 0) {
            throw new BadInputException("there is no answer to count as right yet");
        }
        quiz.overrule(run.previous(), given, learners.of(ctx).map(ReviewStore.Learner::id));
        ctx.redirect(run.overruled().url(given, false) + "&o=1", HttpStatus.SEE_OTHER);
    }

    private QuizPages.Home home(Optional<ReviewStore.Learner> learner, String message) {
        int due =
                learner.map(l -> quiz.due(l.id(), QuizService.MAX_QUIZ).size()).orElse(0);
        return new QuizPages.Home(
                learner.map(ReviewStore.Learner::name).orElse(null), due, quiz.topics(), quiz.decks(), message);
    }

    /** Feedback on the run's last answer; {@code overruled} where the learner counted it as right. */
    private Optional<QuizPages.Feedback> feedback(QuizRun run, String given, boolean overruled) {
        return quiz.item(run.previous()).map(item -> {
            Verdict checked = quiz.check(item, given);
            boolean mayOverrule = QuizService.overrulable(item, checked);
            Verdict v = overruled && mayOverrule ? QuizService.countedAsRight(checked) : checked;
            return new QuizPages.Feedback(
                    v.correct(),
                    given,
                    v.expected(),
                    v.feedback(),
                    item.source().concept(),
                    item.source().conceptName(),
                    mayOverrule && !overruled
                            ? new QuizPages.Overrule(run.ids(), run.position(), run.results(), given)
                            : null);
        });
    }
}
