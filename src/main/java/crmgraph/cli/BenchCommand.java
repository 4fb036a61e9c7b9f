package crmgraph.cli;

import crmgraph.BadInputException;
import crmgraph.Config;
import crmgraph.bench.Benchmark;
import crmgraph.bench.CorpusGenerator;
import crmgraph.bench.StartupBench;
import crmgraph.graph.GraphShape;
import crmgraph.graph.GraphStats;
import crmgraph.graph.GraphStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description =
                "Generates a deterministic corpus and measures import speed against its limits (NLP alone, bare writes).")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--cards", defaultValue = "10000", description = "Cards to generate (default: ${DEFAULT-VALUE}).")
    int cards;

    @Option(
            names = "--per-file",
            defaultValue = "1000",
            description = "Cards per generated file (default: ${DEFAULT-VALUE}).")
    int perFile;

    @Option(
            names = "--seed",
            defaultValue = "42",
            description = "Seed of the corpus generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--work",
            paramLabel = "DIR",
            defaultValue = "target/bench",
            description =
                    "Folder for the corpus and a fresh store (default: ${DEFAULT-VALUE}); must not hold a store with data.")
    Path work;

    @Option(
            names = "--startup",
            description = "Instead: time each command as a student runs it (import the samples, export,"
                    + " serve to its first page) beside a bare start and stop of the embedded store.")
    boolean startup;

    @Option(
            names = "--shape",
            paramLabel = "DATA",
            description = "Instead: measure how the graph in the store at DATA hangs together (concepts without a"
                    + " link, connected pieces, the largest piece, links that say what they mean); nothing is written.")
    Path shape;

    @Option(
            names = "--samples",
            paramLabel = "DIR",
            defaultValue = "../shared/samples",
            description = "With --startup: the decks to import (default: ${DEFAULT-VALUE}).")
    Path samples;

    @Option(
            names = "--notes",
            paramLabel = "DIR",
            defaultValue = "notes",
            description = "With --startup: the notes folder to serve (default: ${DEFAULT-VALUE}).")
    Path notes;

    @Option(
            names = "--graph",
            paramLabel = "DIR",
            description = "With --startup: the --work folder of an earlier bench run, served too (unchanged).")
    Path graph;

    @Option(
            names = "--compare",
            paramLabel = "JAR",
            description =
                    "With --startup: also time the commands of this crmgraph.jar (a build from before a change), in the same run.")
    Path compare;

    @Option(
            names = "--runs",
            defaultValue = "3",
            description = "With --startup: measured runs of each step (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() throws Exception {
        if (startup) {
            return startup();
        }
        if (shape != null) {
            return shape();
        }
        List<Path> files = new CorpusGenerator(seed, Math.max(50, cards / 3))
                .write(work.resolve("corpus-" + cards), cards, perFile);
        Path data = work.resolve("data");
        try (GraphStore store = Shutdown.closeOnExit(GraphStore.open(Config.fromEnvironment(data)))) {
            if (GraphStats.of(store).decks() > 0 && !Files.exists(data.resolve(".crmgraph-bench"))) {
                throw new BadInputException(
                        "bench wipes its store, and " + store.location() + " holds data: use another --work");
            }
            if (store.embedded()) {
                Files.writeString(data.resolve(".crmgraph-bench"), "this store is wiped by every bench run\n");
            }
            Benchmark.Result r = new Benchmark(store).run(files, cards);
            print(r, files.size());
        }
        return 0;
    }

    private int shape() {
        try (GraphStore store = Shutdown.closeOnExit(GraphStore.open(Config.fromEnvironment(shape)))) {
            GraphShape g = GraphShape.of(store);
            System.out.printf(
                    "concepts %d: %d without a link (%.1f%%); %d connected pieces, the largest %d concepts (%.1f%%)%n",
                    g.concepts(),
                    g.unlinked(),
                    100 * g.unlinkedShare(),
                    g.pieces(),
                    g.largestPiece(),
                    100 * g.largestPieceShare());
            System.out.printf(
                    "links %d: %d parts, %d kinds, %d related (%d with a phrase); %.1f%% say what they mean%n",
                    g.links(), g.parts(), g.kinds(), g.related(), g.phrased(), 100 * g.namedShare());
        }
        return 0;
    }

    private int startup() throws java.io.IOException {
        for (Path dir : graph == null ? List.of(samples, notes) : List.of(samples, notes, graph)) {
            if (!Files.isDirectory(dir)) {
                throw new BadInputException("bench --startup: no folder at " + dir.toAbsolutePath());
            }
        }
        Files.createDirectories(work);
        var inputs = new StartupBench.Inputs(samples, notes, Optional.ofNullable(graph));
        if (compare != null) {
            System.out.println("== " + compare);
            startup(inputs, Optional.of(compare));
            System.out.println("== this build");
        }
        startup(inputs, Optional.empty());
        return 0;
    }

    private void startup(StartupBench.Inputs inputs, Optional<Path> jar) {
        long[] floor = {0};
        new StartupBench(work, Math.max(1, runs), jar, Main.class).run(inputs, step -> {
            if (floor[0] == 0) {
                floor[0] = step.medianMs();
            }
            System.out.printf(
                    "%-55s %6.1f s  floor + %5.1f s  %4.2f x floor  (runs: %s)%s%n",
                    step.name(),
                    step.medianMs() / 1000.0,
                    (step.medianMs() - floor[0]) / 1000.0,
                    step.medianMs() / (double) floor[0],
                    step.runsMs().stream()
                            .map(ms -> String.format("%.1f", ms / 1000.0))
                            .collect(Collectors.joining(" ")),
                    step.medianStopMs()
                            .map(ms -> String.format("; stops %.1f s after SIGTERM", ms / 1000.0))
                            .orElse(""));
            System.out.flush();
        });
    }

    private static void print(Benchmark.Result r, int files) {
        var t = r.endToEnd();
        System.out.printf("corpus: %d cards in %d files%n", r.cards(), files);
        System.out.printf(
                "import end to end: %.1f s, %.0f cards/s, peak heap %d MB (max %d MB)%n",
                t.wallMs() / 1000.0,
                r.cardsPerSecond(),
                r.peakHeapMb(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.out.printf(
                "  stages (summed over threads): read %d ms, extract %d ms, resolve %d ms, write %d ms%n",
                t.readMs(), t.extractMs(), t.resolveMs(), t.writeMs());
        System.out.printf(
                "limits: NLP alone %.1f s, bare batched writes %.1f s; end to end = %.2f x the slower%n",
                r.nlpOnlyMs() / 1000.0, r.bareWriteMs() / 1000.0, r.ratioToSlowerLimit());
        var cpu = r.cpu();
        System.out.printf(
                "CPU of the process: import %.1f s, NLP alone %.1f s, bare writes %.1f s; on %d cores the import"
                        + " cannot take less than %.1f s%n",
                cpu.endToEndMs() / 1000.0,
                cpu.nlpOnlyMs() / 1000.0,
                cpu.bareWriteMs() / 1000.0,
                cpu.cores(),
                cpu.endToEndMs() / 1000.0 / cpu.cores());
        System.out.printf("re-import unchanged: %.2f s%n", r.reimportUnchangedMs() / 1000.0);
    }
}
