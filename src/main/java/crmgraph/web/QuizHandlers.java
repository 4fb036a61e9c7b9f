package crmgraph.web;

import crmgraph.BadInputException;

import com.fasterxml.jackson.annotation.JsonInclude;
import crmgraph.graph.ReviewStore;
import crmgraph.quiz.ChoiceItem;
import crmgraph.quiz.Hints;
import crmgraph.quiz.OrderItem;
import crmgraph.quiz.QuizItem;
import crmgraph.quiz.QuizService;
import crmgraph.quiz.Verdict;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP for quizzes: the pages (plain forms, POST-redirect-GET, no JavaScript needed), the JSON API
 * and the Anki download. A quiz in progress lives in its URL (item ids, position, results), so it
 * needs no server session and survives restarts; the learner is a cookie naming a profile.
 */
public final class QuizHandlers {

    public static final String LEARNER_COOKIE = "crmgraph_learner";
    private static final int DEFAULT_QUIZ = 10;
    private static final int MAX_API_ITEMS = 1000;

    private final Views views;
    private final QuizService quiz;

    public QuizHandlers(Views views, QuizService quiz) {
        this.views = views;
        this.quiz = quiz;
    }

    // ---- pages ----

    /** /quiz: the start page, or a new quiz when concept, deck or due is given. */
    public void start(Context ctx) {
        Optional<ReviewStore.Learner> learner = learner(ctx);
        int limit = Math.max(1, Math.min(QuizService.MAX_QUIZ, ctx.queryParamAsClass("limit", Integer.class).getOrDefault(DEFAULT_QUIZ)));
        String concept = ctx.queryParam("concept");
        String deck = ctx.queryParam("deck");
        boolean due = ctx.queryParam("due") != null;
        if (concept == null && deck == null && !due) {
            ctx.html(views.render("quiz.jte", home(learner, null)));
            return;
        }
        List<QuizItem> items = concept != null ? quiz.forConcept(concept, limit)
                : deck != null ? quiz.forDeck(deck, limit)
                : learner.map(l -> quiz.due(l.id(), limit)).orElse(List.of());
        if (items.isEmpty()) {
            String message = due && learner.isEmpty() ? "Choose a learner name first: \u201cdue now\u201d comes from your own reviews."
                    : due ? "Nothing is due now. Start a quiz on a list, a model or a deck below."
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
        Optional<QuizPages.Feedback> previous = run.position() > 0 && answer != null ? feedback(run.previous(), answer) : Optional.empty();
        String learner = learner(ctx).map(ReviewStore.Learner::name).orElse(null);
        if (run.finished()) {
            ctx.html(views.render("quiz-summary.jte", summary(learner, run, previous)));
            return;
        }
        boolean hinted = "1".equals(ctx.queryParam("h"));
        QuizPages.Question question = question(item(run.current()), hinted, run.url(answer, true));
        ctx.html(views.render("quiz-play.jte", new QuizPages.Play(learner, run.ids(), run.position(), run.items().size(),
                run.results(), question, previous.orElse(null), hinted)));
    }

    /** POST /quiz/answer: checks, stores the review for the learner, and redirects to the next item. */
    public void answer(Context ctx) {
        QuizRun run = QuizRun.parse(ctx.formParam("items"), ctx.formParam("n"), ctx.formParam("r"));
        // A choice can come from the text field or from an option button; the button's value is the one filled in.
        String given = ctx.formParams("answer").stream().filter(a -> !a.isBlank()).reduce((a, b) -> b).orElse("");
        boolean hinted = "1".equals(ctx.formParam("hinted"));
        QuizService.Answered answered = quiz.answer(run.current(), given, hinted, learner(ctx).map(ReviewStore.Learner::id));
        char result = !answered.verdict().correct() ? 'w' : hinted ? 'h' : 'c';
        ctx.redirect(run.answered(result).url(given, false), HttpStatus.SEE_OTHER);
    }

    /** POST /quiz/learner: chooses (or creates) the learner profile named in the form. */
    public void signIn(Context ctx) {
        ReviewStore.Learner learner = quiz.signIn(ctx.formParam("name"));
        ctx.cookie(cookie(learner.id(), 60 * 60 * 24 * 365));
        ctx.redirect("/quiz", HttpStatus.SEE_OTHER);
    }

    /** POST /quiz/learner/leave: forgets the learner cookie (the reviews stay in the graph). */
    public void signOut(Context ctx) {
        ctx.cookie(cookie("", 0));
        ctx.redirect("/quiz", HttpStatus.SEE_OTHER);
    }

    /** GET /quiz/export?deck=ID or ?concept=ID: the items as an Anki text file. */
    public void export(Context ctx) {
        String deck = ctx.queryParam("deck");
        String concept = ctx.queryParam("concept");
        if (deck == null && concept == null) {
            throw new BadInputException("give deck=ID or concept=ID to export");
        }
        String text = deck != null ? quiz.ankiForDeck(deck) : quiz.ankiForConcept(concept);
        String name = (deck != null ? deck : concept).replaceAll("[^A-Za-z0-9-]", "");
        ctx.header("Content-Disposition", "attachment; filename=\"crmgraph-" + name + "-anki.txt\"");
        ctx.contentType("text/plain; charset=utf-8").result(text);
    }

    // ---- JSON API ----

    /** An item as the API shows it: never the answer; {@code choices} only where there are any. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemJson(String id, String type, String prompt, List<String> choices, String concept) {
    }

    /** GET /api/quiz/items?concept=&deck=&due=&limit= */
    public void apiItems(Context ctx) {
        int limit = Math.max(0, Math.min(MAX_API_ITEMS, ctx.queryParamAsClass("limit", Integer.class).getOrDefault(20)));
        String concept = ctx.queryParam("concept");
        String deck = ctx.queryParam("deck");
        List<QuizItem> items;
        if (concept != null && !concept.isBlank()) {
            if (quiz.concept(concept).isEmpty()) {
                throw QuizService.noSuchItem(concept);
            }
            items = quiz.forConcept(concept, limit);
        } else if (deck != null && !deck.isBlank()) {
            items = quiz.forDeck(deck, limit);
        } else if (ctx.queryParam("due") != null) {
            items = quiz.due(requireLearner(ctx).id(), limit);
        } else {
            items = quiz.items().stream().limit(limit).toList();
        }
        ctx.json(items.stream().map(QuizHandlers::json).toList());
    }

    /** The body of an answer: the answer text, and whether a hint was shown. */
    public record AnswerJson(String answer, Boolean hint) {
    }

    /** POST /api/quiz/items/{id}/answer {"answer": "…"} → {"correct", "expected", "feedback", …} */
    public void apiAnswer(Context ctx) {
        AnswerJson body = body(ctx, AnswerJson.class, "{\"answer\": \"\u2026\"}");
        if (body == null || body.answer() == null) {
            throw new BadInputException("the body must be JSON like {\"answer\": \"\u2026\"}");
        }
        QuizService.Answered a = quiz.answer(ctx.pathParam("id"), body.answer(), Boolean.TRUE.equals(body.hint()),
                learner(ctx).map(ReviewStore.Learner::id));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("correct", a.verdict().correct());
        out.put("expected", a.verdict().expected());
        out.put("feedback", a.verdict().feedback());
        out.put("concept", a.item().source().concept());
        out.put("link", "/concepts/" + a.item().source().concept());
        out.put("grade", a.grade().name().toLowerCase());
        out.put("recorded", a.recorded());
        ctx.json(out);
    }

    /** GET /api/learner: the current learner profile. */
    public void apiLearner(Context ctx) {
        ctx.json(requireLearner(ctx));
    }

    /** The body of a sign-in. */
    public record LearnerJson(String name) {
    }

    /** POST /api/learner {"name": "…"}: chooses the profile and sets the cookie. */
    public void apiSignIn(Context ctx) {
        LearnerJson body = body(ctx, LearnerJson.class, "{\"name\": \"\u2026\"}");
        ReviewStore.Learner learner = quiz.signIn(body == null ? null : body.name());
        ctx.cookie(cookie(learner.id(), 60 * 60 * 24 * 365));
        ctx.json(learner);
    }

    /** DELETE /api/learner: forgets the cookie. */
    public void apiSignOut(Context ctx) {
        ctx.cookie(cookie("", 0));
        ctx.status(204);
    }

    /** GET /api/learner/due: what FSRS says is due now, with its memory state. */
    public void apiDue(Context ctx) {
        ReviewStore.Learner learner = requireLearner(ctx);
        int limit = Math.max(0, Math.min(QuizService.MAX_QUIZ, ctx.queryParamAsClass("limit", Integer.class).getOrDefault(20)));
        ctx.json(quiz.due(learner.id(), limit).stream().map(QuizHandlers::json).toList());
    }

    /** Unknown item, concept or deck ids: 404 with {"error": …}. */
    // ---- helpers ----

    /** The JSON body as {@code type}; anything else (empty, null, malformed, wrong shape) is the client's error. */
    private static <T> T body(Context ctx, Class<T> type, String shape) {
        try {
            T value = crmgraph.Json.MAPPER.readValue(ctx.body(), type);
            if (value != null) {
                return value;
            }
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            // answered below, without Jackson's message (it names classes)
        }
        throw new BadInputException("the body must be JSON like " + shape);
    }

    private QuizPages.Home home(Optional<ReviewStore.Learner> learner, String message) {
        int due = learner.map(l -> quiz.due(l.id(), QuizService.MAX_QUIZ).size()).orElse(0);
        return new QuizPages.Home(learner.map(ReviewStore.Learner::name).orElse(null), due, quiz.topics(), quiz.decks(), message);
    }

    private Optional<ReviewStore.Learner> learner(Context ctx) {
        return quiz.learner(ctx.cookie(LEARNER_COOKIE));
    }

    private ReviewStore.Learner requireLearner(Context ctx) {
        return learner(ctx).orElseThrow(() -> new BadInputException("no learner: choose one with POST /api/learner {\"name\": \"\u2026\"}"));
    }

    private static Cookie cookie(String value, int maxAge) {
        return new Cookie(LEARNER_COOKIE, value, "/", maxAge, false, true, null, SameSite.LAX);
    }

    private QuizItem item(String id) {
        return quiz.item(id).orElseThrow(() -> QuizService.noSuchItem(id));
    }

    private Optional<QuizPages.Feedback> feedback(String id, String given) {
        return quiz.item(id).map(item -> {
            Verdict v = quiz.check(item, given);
            return new QuizPages.Feedback(v.correct(), given, v.expected(), v.feedback(), item.source().concept(),
                    item.source().conceptName());
        });
    }

    private static QuizPages.Question question(QuizItem item, boolean hinted, String hintUrl) {
        List<QuizPages.Option> options = new ArrayList<>();
        for (int i = 0; i < item.choices().size(); i++) {
            options.add(new QuizPages.Option(String.valueOf((char) ('A' + i)), item.choices().get(i)));
        }
        String help = item instanceof OrderItem ? "Type the letters in the right order, e.g. \u201cB A C\u201d."
                : item instanceof ChoiceItem ? "Type the letter or the answer." : "Type the missing words.";
        return new QuizPages.Question(item.id(), item.type(), item.prompt(), options, help, hinted ? Hints.of(item) : null, hintUrl);
    }

    private QuizPages.Summary summary(String learner, QuizRun run, Optional<QuizPages.Feedback> previous) {
        List<String> ids = run.items();
        String results = run.results();
        List<QuizPages.Row> rows = new ArrayList<>();
        Map<String, QuizPages.Review> review = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            char r = results.charAt(i);
            Optional<QuizItem> item = quiz.item(ids.get(i));
            String prompt = item.map(QuizItem::prompt).orElse("(an item no longer in the graph)");
            String conceptId = item.map(x -> x.source().concept()).orElse(null);
            String conceptName = item.map(x -> x.source().conceptName()).orElse("");
            rows.add(new QuizPages.Row(prompt, r == 'c' ? "right" : r == 'h' ? "right after a hint" : "wrong", conceptId, conceptName));
            if (r != 'c' && conceptId != null) {
                review.putIfAbsent(conceptId, new QuizPages.Review(conceptId, conceptName));
            }
        }
        int right = (int) results.chars().filter(c -> c == 'c' || c == 'h').count();
        int hinted = (int) results.chars().filter(c -> c == 'h').count();
        return new QuizPages.Summary(learner, ids.size(), right, hinted, rows, List.copyOf(review.values()),
                previous.orElse(null), QuizRun.start(ids).url(null, false));
    }

    private static ItemJson json(QuizItem item) {
        return new ItemJson(item.id(), item.type(), item.prompt(), item.choices().isEmpty() ? null : item.choices(),
                item.source().concept());
    }
}
