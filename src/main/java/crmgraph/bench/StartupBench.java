package crmgraph.bench;

import crmgraph.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Measures what a student waits for at the command line: each command as its own process, from
 * process start to exit (or, for {@code serve}, to its first answered page, then from SIGTERM to
 * exit), beside the floor, a JVM that only starts and stops the embedded store. Every step runs
 * once unmeasured (the store is created, the OS caches the jar), then {@code runs} times.
 */
public final class StartupBench {

    /** One measured step: every run's milliseconds; serve steps also time their stop. */
    public record Step(String name, List<Long> runsMs, List<Long> stopMs) {

        public long medianMs() {
            return median(runsMs);
        }

        public Optional<Long> medianStopMs() {
            return stopMs.isEmpty() ? Optional.empty() : Optional.of(median(stopMs));
        }

        private static long median(List<Long> values) {
            List<Long> sorted = values.stream().sorted().toList();
            return sorted.get(sorted.size() / 2);
        }
    }

    /** Where the steps read from; {@code bigGraph} is a {@code bench --work} folder, if given. */
    public record Inputs(Path samples, Path notes, Optional<Path> bigGraph) {}

    private static final Duration SERVE_TIMEOUT = Duration.ofMinutes(10);

    private final Path work;
    private final int runs;
    private final String classPath;
    /** crmgraph's command-line entry point, given by the command that runs the benchmark. */
    private final Class<?> main;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Commands run from {@code jar} when given (a build from before a change), else from this process's class path. */
    public StartupBench(Path work, int runs, Optional<Path> jar, Class<?> main) {
        this.work = work;
        this.main = main;
        this.runs = runs;
        this.classPath = jar.map(j -> j.toAbsolutePath().toString()).orElse(System.getProperty("java.class.path"));
    }

    /** Runs every step; {@code progress} hears of each as it ends. */
    public List<Step> run(Inputs in, Consumer<Step> progress) {
        List<Step> steps = new ArrayList<>();
        Path floorData = fresh("floor");
        steps.add(report(
                progress, timed("floor: start and stop the embedded store", () -> mainOf(BareStore.class, floorData))));
        Path samplesData = work.resolve("samples-data");
        steps.add(report(progress, timed("import the sample decks into a new store", () -> {
            deleteTree(samplesData);
            return crmgraph("import", in.samples().toString(), "--data", samplesData.toString());
        })));
        Path exported = work.resolve("export.json");
        steps.add(report(
                progress,
                timed(
                        "export the samples' graph",
                        () -> crmgraph("export", "--data", samplesData.toString(), "--out", exported.toString()))));
        Path notesData = fresh("notes-data");
        steps.add(report(progress, serve("serve notes/, unchanged, to its first page", in.notes(), notesData)));
        in.bigGraph()
                .ifPresent(big -> steps.add(report(
                        progress,
                        serve(
                                "serve the bench graph, unchanged, to its first page",
                                corpusOf(big),
                                big.resolve("data")))));
        return steps;
    }

    private static Step report(Consumer<Step> progress, Step step) {
        progress.accept(step);
        return step;
    }

    private Step timed(String name, Supplier<List<String>> command) {
        run(command.get());
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            List<String> line = command.get();
            long start = System.nanoTime();
            run(line);
            times.add(ms(start));
        }
        return new Step(name, times, List.of());
    }

    private void run(List<String> command) {
        Process p = start(command);
        try {
            if (p.waitFor() != 0) {
                throw new BadInputException("startup bench: " + String.join(" ", command) + " failed; see " + log());
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new BadInputException("startup bench interrupted");
        }
    }

    private Step serve(String name, Path notes, Path data) {
        serveOnce(notes, data);
        List<Long> first = new ArrayList<>();
        List<Long> stop = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long[] times = serveOnce(notes, data);
            first.add(times[0]);
            stop.add(times[1]);
        }
        return new Step(name, first, stop);
    }

    /** Milliseconds to the first answered page, then from SIGTERM to the process's exit. */
    private long[] serveOnce(Path notes, Path data) {
        int port = freePort();
        long start = System.nanoTime();
        Process p = start(crmgraph(
                "serve", "--notes", notes.toString(), "--data", data.toString(), "--port", String.valueOf(port)));
        try {
            awaitFirstPage(p, port);
            long firstPage = ms(start);
            long stopStart = System.nanoTime();
            p.destroy();
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new BadInputException("startup bench: serve did not stop within 2 minutes of SIGTERM");
            }
            return new long[] {firstPage, ms(stopStart)};
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadInputException("startup bench interrupted");
        } finally {
            p.destroyForcibly();
        }
    }

    private void awaitFirstPage(Process p, int port) throws InterruptedException {
        HttpRequest home = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .timeout(Duration.ofSeconds(30))
                .build();
        long deadline = System.nanoTime() + SERVE_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new BadInputException("startup bench: serve exited before its first page; see " + log());
            }
            try {
                if (http.send(home, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (ConnectException e) {
                // not listening yet
            } catch (IOException e) {
                // listening, not answering yet
            }
            Thread.sleep(10);
        }
        throw new BadInputException(
                "startup bench: serve gave no page within " + SERVE_TIMEOUT.toMinutes() + " minutes");
    }

    private Process start(List<String> command) {
        try {
            return new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same java and class path as this process, with crmgraph's own main class. */
    private List<String> crmgraph(String... args) {
        List<String> line = new ArrayList<>(java(classPath, main));
        line.addAll(List.of(args));
        return line;
    }

    private List<String> mainOf(Class<?> main, Path data) {
        List<String> line = new ArrayList<>(java(System.getProperty("java.class.path"), main));
        line.add(data.toString());
        return line;
    }

    private static List<String> java(String classPath, Class<?> main) {
        String java = ProcessHandle.current().info().command().orElse("java");
        return List.of(java, "-cp", classPath, main.getName());
    }

    private static Path corpusOf(Path benchWork) {
        try (Stream<Path> files = Files.list(benchWork)) {
            return files.filter(f -> f.getFileName().toString().startsWith("corpus-"))
                    .findFirst()
                    .orElseThrow(() -> new BadInputException(
                            benchWork + " holds no corpus-* folder: give the --work folder of a bench run"));
        } catch (IOException e) {
            throw new BadInputException("cannot list " + benchWork + ": " + e.getMessage());
        }
    }

    private Path log() {
        return work.resolve("startup.log");
    }

    private Path fresh(String name) {
        Path dir = work.resolve(name);
        deleteTree(dir);
        return dir;
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
