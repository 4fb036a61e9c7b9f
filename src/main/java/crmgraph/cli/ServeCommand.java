package crmgraph.cli;

import crmgraph.app.App;
import crmgraph.graph.GraphStats;
import crmgraph.graph.GraphStore;
import crmgraph.pipeline.ImportReport;
import crmgraph.pipeline.Pipeline;
import crmgraph.web.ImportGate;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description =
                "Starts the graph store, imports the notes folder (unchanged files are skipped) and serves the web explorer.")
final class ServeCommand implements Callable<Integer> {

    @Option(
            names = "--notes",
            paramLabel = "DIR",
            defaultValue = "notes",
            description = "Folder of notes to import at start (default: ${DEFAULT-VALUE}).")
    Path notes;

    @Option(names = "--port", defaultValue = "7070", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--host",
            defaultValue = "127.0.0.1",
            description =
                    "Interface to listen on (default: ${DEFAULT-VALUE}); use 0.0.0.0 to serve a class, with CRMGRAPH_ADMIN_TOKEN set.")
    String host;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws InterruptedException {
        GraphStore graph = GraphStore.open(store.config());
        CountDownLatch stopped = new CountDownLatch(1);
        Javalin app;
        java.util.concurrent.CompletableFuture<GraphStats> stats;
        try {
            boolean exposed = ImportGate.beyondLoopback(host);
            Optional<String> token = store.config().adminToken();
            // Created before the notes are read: it starts reading the stored quiz items at once.
            app = App.create(graph, token, exposed);
            importNotes(graph);
            // Planned while the web server starts: a cold query costs a second on a large graph.
            stats = java.util.concurrent.CompletableFuture.supplyAsync(() -> GraphStats.of(graph));
            app.start(host, port);
            if (exposed && token.isEmpty()) {
                System.err.println(
                        "crmgraph: warning: serving on " + host + " beyond this machine without CRMGRAPH_ADMIN_TOKEN:"
                                + " importing through the web is off; set CRMGRAPH_ADMIN_TOKEN to allow it");
            }
        } catch (RuntimeException e) {
            graph.close();
            throw e;
        }
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            app.stop();
                            graph.close();
                            stopped.countDown();
                        },
                        "crmgraph-shutdown"));
        GraphStats counted = stats.join();
        String shown = "0.0.0.0".equals(host) ? "localhost" : host;
        System.out.printf("crmgraph: %d concepts from %d decks%n", counted.concepts(), counted.decks());
        System.out.printf("crmgraph is serving at http://%s:%d/ (Ctrl-C stops it)%n", shown, app.port());
        System.out.flush();
        stopped.await();
        return 0;
    }

    private void importNotes(GraphStore graph) {
        if (!Files.isDirectory(notes)) {
            System.out.println(
                    "crmgraph: no notes folder at " + notes.toAbsolutePath() + "; serving what the store holds");
            return;
        }
        ImportReport report =
                Pipeline.importer(graph).importPaths(List.of(notes), d -> Reports.progress(d, System.out));
        Reports.print(report, System.out, System.err);
    }
}
