package crmgraph.cli;

import crmgraph.Config;
import crmgraph.CrmgraphException;
import crmgraph.bench.Benchmark;
import crmgraph.bench.CorpusGenerator;
import crmgraph.graph.GraphStats;
import crmgraph.graph.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Generates a deterministic corpus and measures import speed against its limits (NLP alone, bare writes).")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--cards", defaultValue = "10000", description = "Cards to generate (default: ${DEFAULT-VALUE}).")
    int cards;

    @Option(names = "--per-file", defaultValue = "1000", description = "Cards per generated file (default: ${DEFAULT-VALUE}).")
    int perFile;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the corpus generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench",
            description = "Folder for the corpus and a fresh store (default: ${DEFAULT-VALUE}); must not hold a store with data.")
    Path work;

    @Override
    public Integer call() throws Exception {
        List<Path> files = new CorpusGenerator(seed, Math.max(50, cards / 3)).write(work.resolve("corpus-" + cards), cards, perFile);
        Path data = work.resolve("data");
        try (GraphStore store = Shutdown.closeOnExit(GraphStore.open(Config.fromEnvironment(data)))) {
            if (GraphStats.of(store).decks() > 0 && !Files.exists(data.resolve(".crmgraph-bench"))) {
                throw new CrmgraphException("bench wipes its store, and " + store.location() + " holds data: use another --work");
            }
            if (store.embedded()) {
                Files.writeString(data.resolve(".crmgraph-bench"), "this store is wiped by every bench run\n");
            }
            Benchmark.Result r = new Benchmark(store).run(files, cards);
            print(r, files.size());
        }
        return 0;
    }

    private static void print(Benchmark.Result r, int files) {
        var t = r.endToEnd();
        System.out.printf("corpus: %d cards in %d files%n", r.cards(), files);
        System.out.printf("import end to end: %.1f s, %.0f cards/s, peak heap %d MB (max %d MB)%n",
                t.wallMs() / 1000.0, r.cardsPerSecond(), r.peakHeapMb(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.out.printf("  stages (summed over threads): read %d ms, extract %d ms, resolve %d ms, write %d ms%n",
                t.readMs(), t.extractMs(), t.resolveMs(), t.writeMs());
        System.out.printf("limits: NLP alone %.1f s, bare batched writes %.1f s; end to end = %.2f x the slower%n",
                r.nlpOnlyMs() / 1000.0, r.bareWriteMs() / 1000.0, r.ratioToSlowerLimit());
        var cpu = r.cpu();
        System.out.printf("CPU of the process: import %.1f s, NLP alone %.1f s, bare writes %.1f s; on %d cores the import"
                        + " cannot take less than %.1f s%n", cpu.endToEndMs() / 1000.0, cpu.nlpOnlyMs() / 1000.0,
                cpu.bareWriteMs() / 1000.0, cpu.cores(), cpu.endToEndMs() / 1000.0 / cpu.cores());
        System.out.printf("re-import unchanged: %.2f s%n", r.reimportUnchangedMs() / 1000.0);
    }
}
