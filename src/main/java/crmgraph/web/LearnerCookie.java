package crmgraph.web;

import crmgraph.BadInputException;
import crmgraph.graph.ReviewStore;
import crmgraph.quiz.QuizService;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.Optional;

/**
 * The learner of a request: a cookie naming a profile, so quizzes need no server session (the
 * reviews stay in the graph when the cookie is forgotten).
 */
final class LearnerCookie {

    static final String NAME = "crmgraph_learner";
    private static final int ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

    private final QuizService quiz;

    LearnerCookie(QuizService quiz) {
        this.quiz = quiz;
    }

    /** The learner the cookie names, if it names one the graph knows. */
    Optional<ReviewStore.Learner> of(Context ctx) {
        return quiz.learner(ctx.cookie(NAME));
    }

    /** The learner, for API calls that need one: without one they are the client's error. */
    ReviewStore.Learner required(Context ctx) {
        return of(ctx).orElseThrow(() ->
                new BadInputException("no learner: choose one with POST /api/learner {\"name\": \"\u2026\"}"));
    }

    static void remember(Context ctx, ReviewStore.Learner learner) {
        ctx.cookie(cookie(learner.id(), ONE_YEAR_SECONDS));
    }

    static void forget(Context ctx) {
        ctx.cookie(cookie("", 0));
    }

    private static Cookie cookie(String value, int maxAge) {
        return new Cookie(NAME, value, "/", maxAge, false, true, null, SameSite.LAX);
    }
}
