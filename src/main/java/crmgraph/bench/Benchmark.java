package crmgraph.bench;

import crmgraph.extract.Extraction;
import crmgraph.extract.Extractor;
import crmgraph.graph.DeckImport;
import crmgraph.graph.DeckWriter;
import crmgraph.graph.GraphStore;
import crmgraph.graph.Maintenance;
import crmgraph.pipeline.ImportReport;
import crmgraph.pipeline.ImportTimings;
import crmgraph.pipeline.Importer;
import crmgraph.pipeline.Pipeline;
import crmgraph.read.DeckReader;
import crmgraph.read.ReadDeck;
import crmgraph.resolve.ResolvedDeck;
import crmgraph.resolve.Resolver;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measures an import end to end against its two limits, in one run on one store: the NLP pipeline
 * alone over the same text (on every core), and the same rows written by the bare batched writer.
 */
public final class Benchmark {

    /**
     * What one run measured; times in milliseconds. CPU is the whole process's, over every thread
     * (Neo4j's and the GC's too), so CPU / cores bounds how far the import's stages can overlap.
     */
    public record Result(
            int cards,
            ImportTimings endToEnd,
            long peakHeapMb,
            long reimportUnchangedMs,
            long nlpOnlyMs,
            long bareWriteMs,
            Cpu cpu) {

        public double cardsPerSecond() {
            return cards * 1000.0 / Math.max(1, endToEnd.wallMs());
        }

        public double ratioToSlowerLimit() {
            return endToEnd.wallMs() / (double) Math.max(1, Math.max(nlpOnlyMs, bareWriteMs));
        }
    }

    /** Process CPU time of each measured run, in milliseconds. */
    public record Cpu(long endToEndMs, long nlpOnlyMs, long bareWriteMs) {

        public int cores() {
            return Runtime.getRuntime().availableProcessors();
        }
    }

    private final GraphStore store;

    public Benchmark(GraphStore store) {
        this.store = store;
    }

    public Result run(List<Path> files, int cards) throws Exception {
        List<Importer.SourceText> sources =
                files.stream().map(Importer.SourceText::load).toList();
        // A warm-up import of the first file, then wiped: whichever run came first otherwise paid
        // for the JVM compiling Neo4j's write path and the NLP models (seconds on a 10k corpus).
        new Maintenance(store).deleteEverything();
        Pipeline.importer(store).importTexts(sources.subList(0, 1));
        new Maintenance(store).deleteEverything();

        long nlpStart = System.nanoTime();
        long nlpCpu = cpuMs();
        prepareAll(sources);
        long nlpOnlyMs = ms(nlpStart);
        nlpCpu = cpuMs() - nlpCpu;

        resetPeaks();
        long importCpu = cpuMs();
        ImportReport report = Pipeline.importer(store).importTexts(sources);
        importCpu = cpuMs() - importCpu;
        long peakHeapMb = peakHeapBytes() / (1024 * 1024);

        long reimportStart = System.nanoTime();
        Pipeline.importer(store).importTexts(sources);
        long reimportMs = ms(reimportStart);

        // Extracted again rather than kept from the NLP run, so they do not swell the import's peak heap.
        List<DeckImport> rows = resolveAll(prepareAll(sources));
        new Maintenance(store).deleteEverything();
        DeckWriter writer = new DeckWriter(store);
        long writeStart = System.nanoTime();
        long writeCpu = cpuMs();
        try (DeckWriter.Batch batch = writer.batch()) {
            rows.forEach(batch::write);
        }
        long bareWriteMs = ms(writeStart);
        writeCpu = cpuMs() - writeCpu;

        return new Result(
                cards,
                report.timings(),
                peakHeapMb,
                reimportMs,
                nlpOnlyMs,
                bareWriteMs,
                new Cpu(importCpu, nlpCpu, writeCpu));
    }

    private record Prepared(Importer.SourceText source, ReadDeck deck, Extraction extraction) {}

    private static List<Prepared> prepareAll(List<Importer.SourceText> sources)
            throws InterruptedException, ExecutionException {
        int threads = Runtime.getRuntime().availableProcessors();
        Extractor extractor = Pipeline.extractor();
        DeckReader reader = new DeckReader();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Prepared>> futures = sources.stream()
                    .map(s -> pool.submit(() -> {
                        ReadDeck deck = reader.read(s.name(), s.text());
                        return new Prepared(s, deck, extractor.extract(deck));
                    }))
                    .toList();
            List<Prepared> out = new ArrayList<>();
            for (Future<Prepared> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }

    /** The rows of every deck, resolved in one pass (this is not timed: only the writes are). */
    private static List<DeckImport> resolveAll(List<Prepared> prepared) {
        List<ResolvedDeck> resolved = new Resolver()
                .resolve(prepared.stream().map(Prepared::extraction).toList(), List.of());
        List<DeckImport> rows = new ArrayList<>();
        for (int i = 0; i < prepared.size(); i++) {
            Prepared p = prepared.get(i);
            rows.add(new DeckImport(
                    p.source().deckId(), p.source().name(), p.source().sha256(), p.deck(), resolved.get(i)));
        }
        return rows;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }

    private static long cpuMs() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1_000_000;
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
