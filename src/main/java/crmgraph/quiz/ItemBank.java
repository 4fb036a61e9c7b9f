package crmgraph.quiz;

import crmgraph.graph.QuizQueries;
import crmgraph.graph.StudyMaterial;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * The generated items of the current graph, rebuilt in the background when the graph changes.
 * Generating every item of a 100k-card graph takes tens of seconds, so after an import the
 * previous items keep answering while the new ones are made: a request waits for a rebuild at
 * most {@link #STALE_WAIT}, then gets the previous items. Before the first build is done there are
 * no previous items: a request waits at most {@link #FIRST_WAIT} and is then told to come back
 * ({@link QuizService.NotReady}) rather than hang for the minutes a large graph takes.
 */
final class ItemBank {

    static final Duration STALE_WAIT = Duration.ofSeconds(2);
    static final Duration FIRST_WAIT = Duration.ofSeconds(10);

    private final QuizQueries queries;
    private final Function<StudyIndex, List<QuizItem>> generator;
    /**
     * Builds run here, and so do the parallel streams inside them; it leaves one core to serve
     * requests while a large graph's items are generated.
     */
    private final ForkJoinPool builder = new ForkJoinPool(
            Math.max(1, Runtime.getRuntime().availableProcessors() - 1),
            pool -> {
                ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
                t.setName("crmgraph-quiz-items-" + t.getPoolIndex());
                t.setDaemon(true);
                return t;
            },
            null,
            false);

    private volatile Items items;
    private CompletableFuture<Items> building;

    private final Duration firstWait;

    ItemBank(QuizQueries queries, Function<StudyIndex, List<QuizItem>> generator) {
        this(queries, generator, FIRST_WAIT);
    }

    ItemBank(QuizQueries queries, Function<StudyIndex, List<QuizItem>> generator, Duration firstWait) {
        this.queries = queries;
        this.generator = generator;
        this.firstWait = firstWait;
    }

    /**
     * Items of one version of the graph, indexed for quizzes, and the items the previous version
     * had that this one lost ({@code retired}): a learner shown one just before an import can
     * still answer it.
     */
    record Items(
            String version,
            long startedNanos,
            List<QuizItem> all,
            Map<String, QuizItem> byId,
            Map<String, QuizItem> retired,
            Map<String, List<QuizItem>> byConcept,
            Map<String, List<QuizItem>> byTopic,
            Map<String, List<QuizItem>> byDeck,
            StudyIndex index) {

        static Items of(
                StudyMaterial material, long startedNanos, StudyIndex index, List<QuizItem> items, Items previous) {
            Map<String, QuizItem> byId = new LinkedHashMap<>();
            items.forEach(i -> byId.put(i.id(), i));
            Map<String, QuizItem> retired = new HashMap<>();
            if (previous != null) {
                previous.byId().forEach((id, item) -> {
                    if (!byId.containsKey(id)) {
                        retired.put(id, item);
                    }
                });
            }
            return new Items(
                    material.fingerprint(),
                    startedNanos,
                    List.copyOf(items),
                    byId,
                    retired,
                    group(items, QuizItem.Source::concept),
                    group(items, QuizItem.Source::topic),
                    group(items, QuizItem.Source::deck),
                    index);
        }

        private static Map<String, List<QuizItem>> group(List<QuizItem> items, Function<QuizItem.Source, String> key) {
            Map<String, List<QuizItem>> out = new HashMap<>();
            items.forEach(i -> out.computeIfAbsent(key.apply(i.source()), k -> new ArrayList<>())
                    .add(i));
            // Sorted once here, so a quiz takes the first few of a concept with thousands of items.
            out.values().forEach(list -> list.sort(QuizPlanner.byType()));
            return out;
        }

        /** A concept's items, in order of type preference. */
        List<QuizItem> ofConcept(String id) {
            return byConcept.getOrDefault(id, List.of());
        }

        List<QuizItem> ofTopic(String id) {
            return byTopic.getOrDefault(id, List.of());
        }

        List<QuizItem> ofDeck(String id) {
            return byDeck.getOrDefault(id, List.of());
        }

        /** An item of this version, or one the previous version had. */
        QuizItem find(String id) {
            return byId.getOrDefault(id, retired.get(id));
        }
    }

    /** Starts building the items of the current graph, without waiting (at server start). */
    void prepare() {
        start();
    }

    /** The items of the current graph, or the previous ones while a rebuild takes longer than {@link #STALE_WAIT}. */
    Items current() {
        long asked = System.nanoTime();
        String version = queries.fingerprint();
        Items now = items;
        if (now != null && now.version().equals(version)) {
            return now;
        }
        long deadline = asked + (now == null ? firstWait : STALE_WAIT).toNanos();
        while (true) {
            Items built = await(start(), deadline);
            if (built == null && now == null) {
                throw new QuizService.NotReady();
            }
            if (built == null) {
                return now;
            }
            // A build that began before this call may predate the change it was asked about.
            if (built.version().equals(version) || built.startedNanos() >= asked) {
                return built;
            }
        }
    }

    private synchronized CompletableFuture<Items> start() {
        if (building == null || building.isDone()) {
            building = CompletableFuture.supplyAsync(this::build, builder);
        }
        return building;
    }

    private Items build() {
        long started = System.nanoTime();
        StudyMaterial material = queries.material();
        StudyIndex index = new StudyIndex(material);
        Items built = Items.of(material, started, index, generator.apply(index), items);
        items = built;
        return built;
    }

    private static Items await(CompletableFuture<Items> future, long deadlineNanos) {
        try {
            return future.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while quiz items were generated", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
