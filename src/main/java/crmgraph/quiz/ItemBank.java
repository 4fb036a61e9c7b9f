package crmgraph.quiz;

import crmgraph.graph.GraphVersion;
import crmgraph.graph.QuizQueries;
import crmgraph.graph.StoredQuizItems;
import crmgraph.graph.StudyMaterial;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generated items of the current graph, rebuilt in the background when the graph changes, and
 * kept with the graph. Items are made and kept per topic (a concept with the lists it heads) under a
 * key of everything they are made from ({@link TopicKeys}): a build reuses the items of every topic
 * whose key is unchanged, from memory or, after a restart, from the store, and generates only the
 * others; what it generated is stored after the new items are served. A restart on an unchanged
 * graph therefore generates nothing.
 * Generating every item of a 100k-card graph takes tens of seconds, so after an import the
 * previous items keep answering while the new ones are made: a request waits for a rebuild at
 * most {@link #STALE_WAIT}, then gets the previous items. Before the first build is done there are
 * no previous items: a request waits at most {@link #FIRST_WAIT} and is then told to come back
 * ({@link QuizService.NotReady}) rather than hang for the minutes a large graph takes.
 */
final class ItemBank {

    static final Duration STALE_WAIT = Duration.ofSeconds(2);
    static final Duration FIRST_WAIT = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(ItemBank.class);

    /** Generates the items of some topics over the whole index. */
    @FunctionalInterface
    interface Generator {
        List<QuizItem> items(StudyIndex index, Predicate<String> topics);
    }

    private final QuizQueries queries;
    private final Generator generator;
    private final String generatorVersion;
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

    /** Stores what builds generated, one build after the other, off the threads that serve and build. */
    private final ExecutorService storing = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "crmgraph-quiz-items-store");
        t.setDaemon(true);
        return t;
    });

    private final Duration firstWait;

    ItemBank(QuizQueries queries, Generator generator, String generatorVersion) {
        this(queries, generator, generatorVersion, FIRST_WAIT);
    }

    ItemBank(QuizQueries queries, Generator generator, String generatorVersion, Duration firstWait) {
        this.queries = queries;
        this.generator = generator;
        this.generatorVersion = generatorVersion;
        this.firstWait = firstWait;
    }

    /**
     * Items of one version of the graph, indexed for quizzes, and the items the previous version
     * had that this one lost ({@code retired}): a learner shown one just before an import can
     * still answer it. {@code byKey} holds each topic's items under its {@link TopicKeys key}, for
     * the next build to reuse; {@code generated} says which topics this build generated.
     */
    record Items(
            String version,
            long startedNanos,
            Map<String, List<QuizItem>> byKey,
            Set<String> generated,
            List<QuizItem> all,
            Map<String, QuizItem> byId,
            Map<String, QuizItem> retired,
            Map<String, List<QuizItem>> byConcept,
            Map<String, List<QuizItem>> byTopic,
            Map<String, List<QuizItem>> byDeck,
            StudyIndex index) {

        static Items of(
                StudyMaterial material,
                long startedNanos,
                StudyIndex index,
                Map<String, List<QuizItem>> byKey,
                Set<String> generated,
                List<QuizItem> items,
                Items previous) {
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
                    byKey,
                    Set.copyOf(generated),
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
        if (items == null) {
            Optional<Items> restored = restore(started);
            if (restored.isPresent()) {
                items = restored.get();
                return restored.get();
            }
        }
        StudyMaterial material = queries.material();
        StudyIndex index = new StudyIndex(material);
        Map<String, String> keys = TopicKeys.of(index, generatorVersion);
        Items previous = items;
        Map<String, List<QuizItem>> byKey = new HashMap<>();
        keys.values().forEach(key -> {
            List<QuizItem> kept = previous == null ? null : previous.byKey().get(key);
            if (kept != null) {
                byKey.put(key, kept);
            }
        });
        int fromMemory = byKey.size();
        byKey.putAll(
                stored(keys.values().stream().filter(k -> !byKey.containsKey(k)).toList()));
        Set<String> missing = new LinkedHashSet<>();
        keys.forEach((topic, key) -> {
            if (!byKey.containsKey(key)) {
                missing.add(topic);
            }
        });
        Map<String, List<QuizItem>> generated = generate(index, missing);
        missing.forEach(topic -> byKey.put(keys.get(topic), generated.getOrDefault(topic, List.of())));
        List<QuizItem> all = new ArrayList<>();
        keys.values().forEach(key -> all.addAll(byKey.get(key)));
        Items built = Items.of(material, started, index, byKey, missing, all, previous);
        items = built;
        LOG.info(
                "quiz items: {} of {} topics in {} ms, {} topics generated, {} kept in memory, {} read from the store",
                all.size(),
                keys.size(),
                (System.nanoTime() - started) / 1_000_000,
                missing.size(),
                fromMemory,
                keys.size() - missing.size() - fromMemory);
        store(material, keys, missing, byKey);
        return built;
    }

    /**
     * The stored items, when the graph and the generator are as they were when they were stored
     * (the snapshot of the material then stands in for reading the whole graph again), else empty.
     */
    private Optional<Items> restore(long started) {
        String version = queries.fingerprint();
        Optional<ItemCodec.Snapshot> snapshot = queries.stored()
                .snapshot()
                .filter(s -> s.graph().equals(GraphVersion.durable(version))
                        && s.generator().equals(generatorVersion))
                .flatMap(s -> ItemCodec.decodeSnapshot(s.material()));
        if (snapshot.isEmpty()) {
            return Optional.empty();
        }
        List<String> keys = snapshot.get().keys();
        Map<String, List<QuizItem>> byKey = stored(keys);
        if (byKey.size() != Set.copyOf(keys).size()) {
            return Optional.empty();
        }
        StudyMaterial then = snapshot.get().material();
        StudyMaterial material = new StudyMaterial(version, then.concepts(), then.links());
        List<QuizItem> all = new ArrayList<>();
        keys.forEach(key -> all.addAll(byKey.get(key)));
        LOG.info("quiz items: {} of {} topics read from the store", all.size(), keys.size());
        return Optional.of(Items.of(material, started, new StudyIndex(material), byKey, Set.of(), all, null));
    }

    /** The topics' items, grouped by topic in the order the generator made them. */
    private Map<String, List<QuizItem>> generate(StudyIndex index, Set<String> topics) {
        Map<String, List<QuizItem>> out = new HashMap<>();
        if (!topics.isEmpty()) {
            generator.items(index, topics::contains).stream()
                    .filter(i -> topics.contains(i.source().topic()))
                    .forEach(i -> out.computeIfAbsent(i.source().topic(), t -> new ArrayList<>())
                            .add(i));
        }
        return out;
    }

    /** The items stored under these keys that can be read back. */
    private Map<String, List<QuizItem>> stored(List<String> keys) {
        Map<String, List<QuizItem>> out = new HashMap<>();
        if (!keys.isEmpty()) {
            queries.stored().read(keys).entrySet().parallelStream()
                    .forEach(e -> ItemCodec.decode(e.getValue()).ifPresent(items -> {
                        synchronized (out) {
                            out.put(e.getKey(), items);
                        }
                    }));
        }
        return out;
    }

    /**
     * Stores the generated topics, forgets those of keys no longer current, then replaces the
     * snapshot of the material, in the background.
     */
    private void store(
            StudyMaterial material,
            Map<String, String> keys,
            Set<String> generated,
            Map<String, List<QuizItem>> byKey) {
        List<StoredQuizItems.Entry> entries = generated.stream()
                .map(topic -> {
                    String key = keys.get(topic);
                    return new StoredQuizItems.Entry(key, topic, ItemCodec.encode(byKey.get(key)));
                })
                .toList();
        Set<String> keep = Set.copyOf(keys.values());
        storing.execute(() -> {
            try {
                queries.stored().replace(entries, keep);
                queries.stored()
                        .snapshot(new StoredQuizItems.Snapshot(
                                GraphVersion.durable(material.fingerprint()),
                                generatorVersion,
                                ItemCodec.encode(new ItemCodec.Snapshot(
                                        material, List.copyOf(keys.keySet()), List.copyOf(keys.values())))));
            } catch (RuntimeException e) {
                if (!queries.stored().closing()) {
                    LOG.warn("quiz items could not be stored; they are generated again at the next start", e);
                }
            }
        });
    }

    /** Waits until what earlier builds generated is stored (tests, and a clean stop). */
    void awaitStored() {
        try {
            storing.submit(() -> {}).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
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
