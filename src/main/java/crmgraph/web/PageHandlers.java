package crmgraph.web;

import crmgraph.BadInputException;
import crmgraph.RelationType;
import crmgraph.graph.ConceptDetail;
import crmgraph.graph.ConceptQueries;
import crmgraph.graph.ConceptSummary;
import crmgraph.graph.ConnectQueries;
import crmgraph.graph.Connection;
import crmgraph.graph.DeckDetail;
import crmgraph.graph.DeckQueries;
import crmgraph.graph.GraphQueries;
import crmgraph.graph.Subgraph;
import crmgraph.graph.Warmup;
import io.javalin.http.Context;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** HTML pages: handlers do HTTP only; the graph package answers. */
public final class PageHandlers {

    private static final int SEARCH_RESULTS = 50;
    private static final int OVERVIEW_LISTS = 500;
    /** A concept page lists at most this many of each (definitions, kinds, cards, …) and says how many more. */
    public static final int CONCEPT_LISTS = 100;
    /** The A–Z index on the home page stops here; search finds the rest. */
    static final int INDEX_SIZE = 1000;
    /** What these pages read, for the warm-up at start-up to read and plan the same. */
    public static final Warmup.PageSizes PAGE_SIZES =
            new Warmup.PageSizes(OVERVIEW_LISTS, INDEX_SIZE, CONCEPT_LISTS, SEARCH_RESULTS);

    private final Views views;
    private final ConceptQueries concepts;
    private final DeckQueries decks;
    private final GraphQueries graph;
    private final ConnectQueries connections;
    private final ImportGate gate;

    /** {@code gate}: who may confirm a deck's uncertain cards, which its page offers. */
    public PageHandlers(
            Views views,
            ConceptQueries concepts,
            DeckQueries decks,
            GraphQueries graph,
            ConnectQueries connections,
            ImportGate gate) {
        this.views = views;
        this.concepts = concepts;
        this.decks = decks;
        this.graph = graph;
        this.connections = connections;
        this.gate = gate;
    }

    public void home(Context ctx) {
        String query = Params.text(ctx, "q").orElse("");
        // A search shows its results only: the overview below would bury them (and cost a render).
        Pages.Home home = query.isEmpty()
                ? new Pages.Home(
                        query,
                        List.of(),
                        concepts.lists(OVERVIEW_LISTS),
                        decks.list(),
                        graph.stats(),
                        concepts.list(INDEX_SIZE))
                : new Pages.Home(
                        query, concepts.search(query, SEARCH_RESULTS), List.of(), List.of(), graph.stats(), List.of());
        ctx.html(views.render("home.jte", home));
    }

    public void concept(Context ctx) {
        String id = ctx.pathParam("id");
        ConceptDetail detail = concepts.find(id, CONCEPT_LISTS)
                .orElseThrow(() -> BadInputException.notFound("no concept with id " + id));
        ctx.html(views.render("concept.jte", new Pages.Concept(detail, NeighbourhoodSvg.of(detail.star()))));
    }

    public void graph(Context ctx) {
        int depth = Params.intParam(ctx, "depth", 1, 1, 2);
        Set<RelationType> types = RelationStyle.chosen(ctx.queryParams("type"));
        Optional<String> deck = Params.text(ctx, "deck");
        String query = Params.text(ctx, "q").orElse("");
        Optional<String> requested = Params.text(ctx, "focus");
        Optional<String> focusId = query.isEmpty()
                ? requested.or(graph::hub)
                : concepts.search(query, 1).stream().findFirst().map(ConceptSummary::id);
        Optional<ConceptSummary> focus = focusId.flatMap(id -> concepts.find(id, 1))
                .map(c -> new ConceptSummary(
                        c.id(), c.name(), c.aliases(), c.totals().definitions()));
        Optional<Subgraph> view = focus.flatMap(f -> graph.neighbourhood(f.id(), depth, types, deck));
        Set<String> typeNames = types.stream().map(Enum::name).collect(Collectors.toCollection(LinkedHashSet::new));
        ctx.status(focus.isEmpty() && (!query.isEmpty() || requested.isPresent()) ? 404 : 200);
        ctx.html(views.render(
                "graph.jte", new Pages.Graph(focus, depth, typeNames, deck, decks.list(), view, query, requested)));
    }

    /**
     * {@code /connect?from=&to=}: each end typed as a concept's name or id (a name is taken as the
     * search's best match), then the shortest paths between the two as numbered steps.
     */
    public void connect(Context ctx) {
        String fromText = Params.text(ctx, "from").orElse("");
        String toText = Params.text(ctx, "to").orElse("");
        int limit = Params.intParam(ctx, "limit", ConnectQueries.DEFAULT_PATHS, 1, ConnectQueries.MAX_PATHS);
        Optional<ConceptSummary> from = fromText.isEmpty() ? Optional.empty() : concepts.resolve(fromText);
        Optional<ConceptSummary> to = toText.isEmpty() ? Optional.empty() : concepts.resolve(toText);
        Optional<Connection> connection = from.isPresent() && to.isPresent()
                ? Optional.of(connections.connect(from.get().id(), to.get().id(), limit))
                : Optional.empty();
        Pages.Connect page = new Pages.Connect(fromText, toText, from, to, connection);
        ctx.status(page.unmatched() ? 404 : 200);
        ctx.html(views.render("connect.jte", page));
    }

    public void decks(Context ctx) {
        ctx.html(views.render("decks.jte", new Pages.Decks(decks.list())));
    }

    public void deck(Context ctx) {
        String id = ctx.pathParam("id");
        DeckDetail deck = decks.find(id).orElseThrow(() -> BadInputException.notFound("no deck with id " + id));
        ctx.html(views.render("deck.jte", new Pages.Deck(deck, gate.formAccess(ctx), gate.tokenRequired())));
    }
}
