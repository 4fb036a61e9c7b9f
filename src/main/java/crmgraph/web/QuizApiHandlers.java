package crmgraph.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import crmgraph.BadInputException;
import crmgraph.graph.ReviewStore;
import crmgraph.quiz.QuizItem;
import crmgraph.quiz.QuizService;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The quiz's JSON API: items (never their answers), answers checked and stored, what is due. */
public final class QuizApiHandlers {

    private static final int DEFAULT_ITEMS = 20;
    private static final int MAX_ITEMS = 1000;

    private final QuizService quiz;
    private final LearnerCookie learners;

    public QuizApiHandlers(QuizService quiz) {
        this.quiz = quiz;
        this.learners = new LearnerCookie(quiz);
    }

    /** An item as the API shows it: never the answer; {@code choices} only where there are any. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemJson(String id, String type, String prompt, List<String> choices, String concept) {

        static ItemJson of(QuizItem item) {
            return new ItemJson(
                    item.id(),
                    item.type(),
                    item.prompt(),
                    item.choices().isEmpty() ? null : item.choices(),
                    item.source().concept());
        }
    }

    /** GET /api/quiz/items?concept=&deck=&due=&limit= */
    public void items(Context ctx) {
        int limit = Params.intParam(ctx, "limit", DEFAULT_ITEMS, 1, MAX_ITEMS);
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
            items = quiz.due(learners.required(ctx).id(), limit);
        } else {
            items = quiz.items().stream().limit(limit).toList();
        }
        ctx.json(items.stream().map(ItemJson::of).toList());
    }

    /** The body of an answer: the answer text, and whether a hint was shown. */
    public record AnswerJson(String answer, Boolean hint) {}

    /** POST /api/quiz/items/{id}/answer {"answer": "…"} → {"correct", "expected", "feedback", …} */
    public void answer(Context ctx) {
        String shape = "{\"answer\": \"\u2026\"}";
        AnswerJson body = JsonBody.of(ctx, AnswerJson.class, shape);
        if (body.answer() == null) {
            throw new BadInputException("the body must be JSON like " + shape);
        }
        QuizService.Answered a = quiz.answer(
                ctx.pathParam("id"),
                body.answer(),
                Boolean.TRUE.equals(body.hint()),
                learners.of(ctx).map(ReviewStore.Learner::id));
        ctx.json(answered(a));
    }

    /**
     * POST /api/quiz/items/{id}/overrule {"answer": "…"}: the learner's word that a wrong answer
     * meant the same; answered as /answer is, now right. 400 where the checker knew the answer as
     * something else (another concept, an opposite) or found it right already.
     */
    public void overrule(Context ctx) {
        String shape = "{\"answer\": \"\u2026\"}";
        AnswerJson body = JsonBody.of(ctx, AnswerJson.class, shape);
        if (body.answer() == null) {
            throw new BadInputException("the body must be JSON like " + shape);
        }
        ctx.json(answered(quiz.overrule(
                ctx.pathParam("id"), body.answer(), learners.of(ctx).map(ReviewStore.Learner::id))));
    }

    private static Map<String, Object> answered(QuizService.Answered a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("correct", a.verdict().correct());
        out.put("expected", a.verdict().expected());
        out.put("feedback", a.verdict().feedback());
        out.put("concept", a.item().source().concept());
        out.put("link", "/concepts/" + a.item().source().concept());
        out.put("grade", a.grade().name().toLowerCase());
        out.put("recorded", a.recorded());
        out.put("overrulable", QuizService.overrulable(a.item(), a.verdict()));
        return out;
    }

    /** GET /api/learner/due?limit=: what FSRS says is due now for the learner. */
    public void due(Context ctx) {
        ReviewStore.Learner learner = learners.required(ctx);
        int limit = Params.intParam(ctx, "limit", DEFAULT_ITEMS, 1, QuizService.MAX_QUIZ);
        ctx.json(quiz.due(learner.id(), limit).stream().map(ItemJson::of).toList());
    }
}
