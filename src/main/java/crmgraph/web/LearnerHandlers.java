package crmgraph.web;

import crmgraph.graph.ReviewStore;
import crmgraph.quiz.QuizService;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** Signing a learner in and out, from the quiz page's forms and through the JSON API. */
public final class LearnerHandlers {

    private final QuizService quiz;
    private final LearnerCookie learners;

    public LearnerHandlers(QuizService quiz) {
        this.quiz = quiz;
        this.learners = new LearnerCookie(quiz);
    }

    /** POST /quiz/learner: chooses (or creates) the learner profile named in the form. */
    public void signIn(Context ctx) {
        LearnerCookie.remember(ctx, quiz.signIn(ctx.formParam("name")));
        ctx.redirect("/quiz", HttpStatus.SEE_OTHER);
    }

    /** POST /quiz/learner/leave: forgets the learner cookie. */
    public void signOut(Context ctx) {
        LearnerCookie.forget(ctx);
        ctx.redirect("/quiz", HttpStatus.SEE_OTHER);
    }

    /** GET /api/learner: the current learner profile. */
    public void apiLearner(Context ctx) {
        ctx.json(learners.required(ctx));
    }

    /** The body of a sign-in. */
    public record LearnerJson(String name) {}

    /** POST /api/learner {"name": "…"}: chooses the profile and sets the cookie. */
    public void apiSignIn(Context ctx) {
        LearnerJson body = JsonBody.of(ctx, LearnerJson.class, "{\"name\": \"\u2026\"}");
        ReviewStore.Learner learner = quiz.signIn(body.name());
        LearnerCookie.remember(ctx, learner);
        ctx.json(learner);
    }

    /** DELETE /api/learner: forgets the cookie. */
    public void apiSignOut(Context ctx) {
        LearnerCookie.forget(ctx);
        ctx.status(204);
    }
}
