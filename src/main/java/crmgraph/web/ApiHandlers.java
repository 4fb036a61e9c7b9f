package crmgraph.web;

import crmgraph.BadInputException;
import crmgraph.graph.ConceptQueries;
import crmgraph.graph.ConnectQueries;
import crmgraph.graph.DeckQueries;
import crmgraph.graph.GraphQueries;
import io.javalin.http.Context;

/** The JSON API of DESIGN.md, backed by the same queries as the pages. */
public final class ApiHandlers {

    private final ConceptQueries concepts;
    private final DeckQueries decks;
    private final GraphQueries graph;
    private final ConnectQueries connections;

    public ApiHandlers(ConceptQueries concepts, DeckQueries decks, GraphQueries graph, ConnectQueries connections) {
        this.concepts = concepts;
        this.decks = decks;
        this.graph = graph;
        this.connections = connections;
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

    /** {@code GET /api/connect?from=ID&to=ID&limit=3}: the shortest paths between two concepts, each hop in words. */
    public void connect(Context ctx) {
        int limit = Params.intParam(ctx, "limit", ConnectQueries.DEFAULT_PATHS, 1, ConnectQueries.MAX_PATHS);
        String from = Params.text(ctx, "from").orElseThrow(() -> new BadInputException("from must name a concept id"));
        String to = Params.text(ctx, "to").orElseThrow(() -> new BadInputException("to must name a concept id"));
        ctx.json(connections.connect(from, to, limit));
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
