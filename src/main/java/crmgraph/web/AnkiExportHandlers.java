package crmgraph.web;

import crmgraph.BadInputException;
import crmgraph.Regex;
import crmgraph.quiz.QuizService;
import io.javalin.http.Context;

/** {@code GET /quiz/export?deck=ID} or {@code ?concept=ID}: quiz items as an Anki text file to download. */
public final class AnkiExportHandlers {

    private final QuizService quiz;

    public AnkiExportHandlers(QuizService quiz) {
        this.quiz = quiz;
    }

    public void export(Context ctx) {
        String deck = ctx.queryParam("deck");
        String concept = ctx.queryParam("concept");
        if (deck == null && concept == null) {
            throw new BadInputException("give deck=ID or concept=ID to export");
        }
        String text = deck != null ? quiz.ankiForDeck(deck) : quiz.ankiForConcept(concept);
        String name = Regex.replaceAll(deck != null ? deck : concept, "[^A-Za-z0-9-]", "");
        ctx.header("Content-Disposition", "attachment; filename=\"crmgraph-" + name + "-anki.txt\"");
        ctx.contentType("text/plain; charset=utf-8").result(text);
    }
}
