package crmgraph.web;

import crmgraph.BadInputException;
import crmgraph.graph.ConceptQueries;
import crmgraph.graph.DeckQueries;
import crmgraph.graph.GraphQueries;
import io.javalin.http.Context;

/** The JSON API of DESIGN.md, backed by the same queries as the pages. */
public final class ApiHandlers {

    private final ConceptQueries concepts;
    private final DeckQueries decks;
    private final GraphQueries graph;

    public ApiHandlers(ConceptQueries concepts, DeckQueries decks, GraphQueries graph) {
        this.concepts = concepts;
        this.decks = decks;
        this.graph = graph;
    }

    /** {@code GET /api/concepts?q=&limit=50}: best match first; no q lists by name. */
    public void concepts(Context ctx) {
        int limit = Params.intParam(ctx, "limit", 50, 1, 1000);
        ctx.json(concepts.search(Params.text(ctx, "q").orElse(""), limit));
    }

    public void concept(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(concepts.find(id).orElseThrow(() -> BadInputException.notFound("no concept with id " + id)));
    }

    /** {@code GET /api/concepts/{id}/graph?depth=1&types=HAS_PART,IS_A&deck=}. */
    public void conceptGraph(Context ctx) {
        String id = ctx.pathParam("id");
        int depth = Params.intParam(ctx, "depth", 1, 1, 2);
        var types = RelationStyle.chosen(concat(ctx.queryParams("types"), ctx.queryParams("type")));
        ctx.json(graph.neighbourhood(id, depth, types, Params.text(ctx, "deck"))
                .orElseThrow(() -> BadInputException.notFound("no concept with id " + id)));
    }

    public void decks(Context ctx) {
        ctx.json(decks.list());
    }

    public void deck(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(decks.find(id).orElseThrow(() -> BadInputException.notFound("no deck with id " + id)));
    }

    private static java.util.List<String> concat(java.util.List<String> a, java.util.List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
