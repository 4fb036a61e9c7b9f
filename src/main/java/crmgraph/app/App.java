package crmgraph.app;

import crmgraph.BadInputException;
import crmgraph.Config;
import crmgraph.InternalFaultException;
import crmgraph.Json;
import crmgraph.graph.ConceptQueries;
import crmgraph.graph.Confirmations;
import crmgraph.graph.ConnectQueries;
import crmgraph.graph.DeckQueries;
import crmgraph.graph.GraphQueries;
import crmgraph.graph.GraphStore;
import crmgraph.graph.QuizQueries;
import crmgraph.graph.ReviewStore;
import crmgraph.graph.Warmup;
import crmgraph.pipeline.Pipeline;
import crmgraph.quiz.QuizService;
import crmgraph.web.AnkiExportHandlers;
import crmgraph.web.ApiHandlers;
import crmgraph.web.ConfirmHandlers;
import crmgraph.web.ErrorHandlers;
import crmgraph.web.ImportGate;
import crmgraph.web.ImportGuard;
import crmgraph.web.ImportHandlers;
import crmgraph.web.JettyErrors;
import crmgraph.web.LearnerHandlers;
import crmgraph.web.PageHandlers;
import crmgraph.web.PendingImports;
import crmgraph.web.QuizApiHandlers;
import crmgraph.web.QuizPageHandlers;
import crmgraph.web.SecurityHeaders;
import crmgraph.web.Views;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/** The web application: every route of crmgraph, in one place. */
public final class App {

    static {
        // Jetty serves static files from a jar by mounting it as a zip file system, which indexes
        // every entry: 80,000 in crmgraph's jar, 2.5 s of a restart on two cores. Read through URL
        // connections, the few files served cost nothing at start.
        org.eclipse.jetty.util.resource.ResourceFactory.registerResourceFactory(
                "jar", new org.eclipse.jetty.util.resource.URLResourceFactory());
    }

    private App() {}

    /** An unstarted Javalin serving the graph in {@code store}; the import token comes from the environment. */
    public static Javalin create(GraphStore store) {
        return create(store, Config.fromEnvironment(Path.of(".")).adminToken());
    }

    /** An unstarted Javalin; {@code adminToken} guards web import (empty: open on loopback only). */
    public static Javalin create(GraphStore store, Optional<String> adminToken) {
        return create(store, adminToken, false);
    }

    /**
     * An unstarted Javalin; {@code exposed}: it will listen beyond loopback, so without
     * {@code adminToken} web import is off for every client.
     */
    public static Javalin create(GraphStore store, Optional<String> adminToken, boolean exposed) {
        var views = new Views();
        var concepts = new ConceptQueries(store, PageHandlers.CONCEPT_LISTS);
        var decks = new DeckQueries(store);
        var graph = new GraphQueries(store);
        var connections = new ConnectQueries(store);
        var gate = new ImportGate(adminToken, exposed);
        var pages = new PageHandlers(views, concepts, decks, graph, connections, gate);
        var guard = new ImportGuard(views, gate);
        var confirms = new ConfirmHandlers(new Confirmations(store));
        var api = new ApiHandlers(concepts, decks, graph, connections);
        var imports = new ImportHandlers(views, gate, new PendingImports(Clock.systemUTC()), Pipeline.importer(store));
        var quizService = QuizService.of(new QuizQueries(store), new ReviewStore(store), System.out::println);
        // Stored quiz items of an unchanged graph are read now, alongside everything else a start does.
        quizService.restoreEarly();
        var warmup = new Warmup(store, concepts, decks, graph, connections, PageHandlers.PAGE_SIZES);
        var quizPages = new QuizPageHandlers(views, quizService);
        var quizApi = new QuizApiHandlers(quizService);
        var anki = new AnkiExportHandlers(quizService);
        var learners = new LearnerHandlers(quizService);
        var errors = new ErrorHandlers(views);
        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.startup.showJavalinBanner = false;
            config.staticFiles.add("/public", Location.CLASSPATH);
            config.staticFiles.enableWebjars();
            config.http.maxRequestSize = ImportHandlers.MAX_REQUEST_BYTES;
            config.jetty.multipartConfig.maxFileSize(ImportHandlers.MAX_REQUEST_BYTES, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(ImportHandlers.MAX_REQUEST_BYTES, SizeUnit.BYTES);
            // Pasted text is a form field, which Jetty caps at 200 kB unless told otherwise.
            config.jetty.modifyServletContextHandler(h -> h.setMaxFormContentSize(ImportHandlers.MAX_REQUEST_BYTES));
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
            config.routes.before(SecurityHeaders::apply);
            // Quiz items of a large graph take a while to generate, and Neo4j plans each query on
            // its first run: start both as soon as we serve, in the background, once the home page
            // is ready (on two cores they would otherwise slow the first page by seconds).
            config.events.serverStarted(() -> warmup.start(quizService::prepare));

            // Web explorer pages
            config.routes.get("/", pages::home);
            config.routes.get("/concepts/{id}", pages::concept);
            config.routes.get("/graph", pages::graph);
            config.routes.get("/connect", pages::connect);
            config.routes.get("/decks", pages::decks);
            config.routes.get("/decks/{id}", pages::deck);
            config.routes.post(ImportGuard.CONFIRM_PATH, confirms::confirm);
            config.routes.get("/import", imports::form);
            config.routes.post("/import/preview", imports::preview);
            config.routes.post("/import", imports::confirm);
            // Rate limit, request size and the import gate, before any request that writes from the browser.
            config.routes.beforeMatched("/import", guard::check);
            config.routes.beforeMatched("/import/preview", guard::check);
            config.routes.beforeMatched(ImportGuard.CONFIRM_PATH, guard::check);

            // Explorer JSON API
            config.routes.get("/api/concepts", api::concepts);
            config.routes.get("/api/concepts/{id}", api::concept);
            config.routes.get("/api/concepts/{id}/graph", api::conceptGraph);
            config.routes.get("/api/connect", api::connect);
            config.routes.get("/api/decks", api::decks);
            config.routes.get("/api/decks/{id}", api::deck);

            // Quiz pages, JSON API, Anki export, learner profile
            config.routes.get("/quiz", quizPages::start);
            config.routes.get("/quiz/play", quizPages::play);
            config.routes.post("/quiz/answer", quizPages::answer);
            config.routes.post("/quiz/overrule", quizPages::overrule);
            config.routes.post("/quiz/learner", learners::signIn);
            config.routes.post("/quiz/learner/leave", learners::signOut);
            config.routes.get("/quiz/export", anki::export);
            config.routes.get("/api/quiz/items", quizApi::items);
            config.routes.post("/api/quiz/items/{id}/answer", quizApi::answer);
            config.routes.post("/api/quiz/items/{id}/overrule", quizApi::overrule);
            config.routes.get("/api/learner", learners::apiLearner);
            config.routes.post("/api/learner", learners::apiSignIn);
            config.routes.delete("/api/learner", learners::apiSignOut);
            config.routes.get("/api/learner/due", quizApi::due);

            config.routes.exception(QuizService.NotReady.class, errors::quizNotReady);
            config.routes.exception(BadInputException.class, errors::badInput);
            config.routes.exception(InternalFaultException.class, errors::fault);
            config.routes.exception(io.javalin.http.HttpResponseException.class, errors::httpError);
            config.routes.exception(io.javalin.validation.ValidationException.class, errors::invalid);
            config.routes.exception(com.fasterxml.jackson.core.JacksonException.class, errors::badJson);
            config.routes.exception(Exception.class, errors::unexpected);
            config.routes.error(404, errors::noRoute);
        });
    }
}
