package crmgraph.quiz;

import crmgraph.graph.GraphVersion;
import crmgraph.graph.QuizQueries;
import crmgraph.graph.StoredQuizItems;
import crmgraph.graph.StudyMaterial;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
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

    /**
     * Decodes stored items on every core: at a start nothing else is running yet, and the builder
     * pool leaves a core free for requests.
     */
    private final ForkJoinPool decoders = new ForkJoinPool(
            Runtime.getRuntime().availableProcessors(),
            pool -> {
                ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
                t.setName("crmgraph-quiz-items-decode-" + t.getPoolIndex());
                t.setDaemon(true);
                return t;
            },
            null,
            false);

    private volatile Items items;
    private CompletableFuture<Items> building;
    /** Whether this process has looked for stored items of the graph it started with. */
    private volatile boolean restoreTried;

    /** Stores what builds generated, one build after the other, off the threads that serve and build. */
    private final ExecutorService storing = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "crmgraph-quiz-items-store");
        t.setDaemon(true);
        return t;
    });

    private final Duration firstWait;
    /** Where a line goes when items are served from the store, built or stored (the serve log). */
    private final Consumer<String> say;

    ItemBank(QuizQueries queries, Generator generator, String generatorVersion) {
        this(queries, generator, generatorVersion, FIRST_WAIT, line -> {});
    }

    ItemBank(QuizQueries queries, Generator generator, String generatorVersion, Duration firstWait) {
        this(queries, generator, generatorVersion, firstWait, line -> {});
    }

    ItemBank(
            QuizQueries queries,
            Generator generator,
            String generatorVersion,
            Duration firstWait,
            Consumer<String> say) {
        this.queries = queries;
        this.generator = generator;
        this.generatorVersion = generatorVersion;
        this.firstWait = firstWait;
        this.say = say;
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
            CompletableFuture<StudyIndex> indexing) {

        /**
         * The items indexed for serving; the indexes are built side by side on {@code pool}. The
         * study index may still be in the making (a restore serves items before it): a quiz on a
         * concept waits for it, a quiz on a deck or on all items does not.
         */
        static Items of(
                String version,
                long startedNanos,
                CompletableFuture<StudyIndex> index,
                Map<String, List<QuizItem>> byKey,
                Set<String> generated,
                List<QuizItem> items,
                Items previous,
                Executor pool) {
            CompletableFuture<Map<String, List<QuizItem>>> byConcept =
                    CompletableFuture.supplyAsync(() -> group(items, QuizItem.Source::concept), pool);
            CompletableFuture<Map<String, List<QuizItem>>> byTopic =
                    CompletableFuture.supplyAsync(() -> group(items, QuizItem.Source::topic), pool);
            CompletableFuture<Map<String, List<QuizItem>>> byDeck =
                    CompletableFuture.supplyAsync(() -> group(items, QuizItem.Source::deck), pool);
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
                    version,
                    startedNanos,
                    byKey,
                    Set.copyOf(generated),
                    List.copyOf(items),
                    byId,
                    retired,
                    byConcept.join(),
                    byTopic.join(),
                    byDeck.join(),
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

        /** The study index: lists, kinds, neighbours (waits while a restore is still building it). */
        StudyIndex index() {
            return indexing.join();
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

    /**
     * At process start, before anything else is ready: reads the stored items in the background if
     * they were made from the graph as it is now, so quizzes are served within seconds; does nothing
     * more when they were not ({@link #prepare} then builds, once the first pages are ready).
     */
    synchronized void restoreEarly() {
        if (building == null) {
            building = CompletableFuture.supplyAsync(this::restoreOnly, builder);
        }
    }

    /** Starts building the items of the current graph, without waiting (at server start). */
    void prepare() {
        Items now = items;
        if (now != null && now.version().equals(queries.fingerprint())) {
            return;
        }
        synchronized (this) {
            if (building != null && !building.isDone()) {
                // An early restore still reading: build after it only if it found nothing current.
                building = building.thenApplyAsync(
                        done -> done != null && done.version().equals(queries.fingerprint()) ? done : build(), builder);
            } else {
                start();
            }
        }
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
            CompletableFuture<Items> running = start();
            Items built = await(running, deadline);
            if (built == null && running.isDone() && System.nanoTime() < deadline) {
                continue; // an early restore that found nothing: build now
            }
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

    /** The stored items when they match the graph as it is now, else null. */
    private Items restoreOnly() {
        if (items == null && !restoreTried) {
            restoreTried = true;
            restore(System.nanoTime()).ifPresent(restored -> items = restored);
        }
        return items;
    }

    private Items build() {
        long started = System.nanoTime();
        if (items == null && !restoreTried) {
            restoreTried = true;
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
        Items built = Items.of(
                material.fingerprint(),
                started,
                CompletableFuture.completedFuture(index),
                byKey,
                missing,
                all,
                previous,
                decoders);
        items = built;
        say.accept(String.format(
                "crmgraph: quiz items ready: %,d items of %,d topics in %.1f s (%,d topics generated, %,d kept in memory,"
                        + " %,d read from the store)",
                all.size(),
                keys.size(),
                seconds(started),
                missing.size(),
                fromMemory,
                keys.size() - missing.size() - fromMemory));
        store(material, keys, missing, byKey);
        return built;
    }

    /**
     * The stored items, when the graph and the generator are as they were when they were stored,
     * else empty. The items' chunks are decoded first, on every core, and served as soon as they
     * are grouped; the snapshot of the material is decoded and the study index built from it after
     * them (a quiz on a concept waits for it), so a quiz on all items or a deck does not wait for
     * the material. A material that cannot be read back is read from the graph instead.
     */
    private Optional<Items> restore(long started) {
        // The stored items are read while the graph's fingerprint is: at a start both queries are
        // planned cold, and each took a second or more on the 100k graph.
        CompletableFuture<StoredQuizItems.Contents> reading =
                CompletableFuture.supplyAsync(() -> queries.stored().contents(), decoders);
        String version = queries.fingerprint();
        StoredQuizItems.Contents stored = joined(reading);
        Optional<StoredQuizItems.Snapshot> found = stored.snapshot()
                .filter(s -> s.graph().equals(GraphVersion.durable(version))
                        && s.generator().equals(generatorVersion)
                        && s.topics().size() == s.keys().size());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StoredQuizItems.Snapshot snapshot = found.get();
        Set<String> wanted = Set.copyOf(snapshot.keys());
        List<StoredQuizItems.Chunk> chunks = stored.chunks(ItemChunks.holding(stored.keys(), wanted));
        double read = seconds(started);
        Map<String, List<QuizItem>> byKey = decode(chunks, wanted);
        double decoded = seconds(started);
        if (byKey.size() != wanted.size()) {
            return Optional.empty();
        }
        CompletableFuture<StudyIndex> index =
                CompletableFuture.supplyAsync(() -> studyIndex(version, snapshot, started), decoders);
        List<QuizItem> all = new ArrayList<>();
        snapshot.keys().forEach(key -> all.addAll(byKey.get(key)));
        Items restored = Items.of(version, started, index, byKey, Set.of(), all, null, decoders);
        say.accept(String.format(
                "crmgraph: quiz items served from the store: %,d items of %,d topics, %.1f s after the process started"
                        + " (from the start of the read: read %.1f s, items decoded %.1f s, items grouped and ready"
                        + " %.1f s)",
                all.size(), snapshot.keys().size(), sinceProcessStart(), read, decoded, seconds(started)));
        return Optional.of(restored);
    }

    /** The study index of the stored material, or of the graph when the material cannot be read back. */
    private StudyIndex studyIndex(String version, StoredQuizItems.Snapshot snapshot, long started) {
        List<byte[]> parts = queries.stored().material(snapshot);
        Optional<StudyMaterial> material =
                parts.size() == snapshot.parts() ? material(version, parts).join() : Optional.empty();
        StudyIndex index = new StudyIndex(material.orElseGet(queries::material));
        say.accept(String.format(
                "crmgraph: quiz study index ready %.1f s after the process started (%.1f s from the start of the read)",
                sinceProcessStart(), seconds(started)));
        return index;
    }

    /** The material from its stored parts, decoded in parallel; empty if any part cannot be read. */
    private CompletableFuture<Optional<StudyMaterial>> material(String version, List<byte[]> parts) {
        List<CompletableFuture<Optional<ItemCodec.MaterialPart>>> decoding = parts.stream()
                .map(p -> CompletableFuture.supplyAsync(() -> ItemCodec.decodeMaterial(p), decoders))
                .toList();
        return CompletableFuture.allOf(decoding.toArray(CompletableFuture[]::new))
                .thenApply(done -> {
                    List<Optional<ItemCodec.MaterialPart>> decoded =
                            decoding.stream().map(CompletableFuture::join).toList();
                    return decoded.stream().allMatch(Optional::isPresent)
                            ? Optional.of(ItemChunks.join(
                                    version, decoded.stream().map(Optional::get).toList()))
                            : Optional.empty();
                });
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
        if (keys.isEmpty()) {
            return Map.of();
        }
        Set<String> wanted = Set.copyOf(keys);
        return decode(queries.stored().read(ItemChunks.holding(queries.stored().keys(), wanted)), wanted);
    }

    /**
     * The items under {@code wanted} keys in these chunks, decoded on every core. A chunk that cannot
     * be read back gives nothing: its topics are generated again.
     */
    private Map<String, List<QuizItem>> decode(List<StoredQuizItems.Chunk> chunks, Set<String> wanted) {
        List<CompletableFuture<List<ItemCodec.Keyed>>> decoding = chunks.stream()
                .map(c -> CompletableFuture.supplyAsync(
                        () -> ItemCodec.decodeChunk(c.items()).orElse(List.of()), decoders))
                .toList();
        Map<String, List<QuizItem>> out = new HashMap<>();
        decoding.forEach(d -> d.join().forEach(topic -> {
            if (wanted.contains(topic.key())) {
                out.put(topic.key(), List.copyOf(topic.items()));
            }
        }));
        return out;
    }

    /**
     * Stores the chunks holding what this build generated or whose topics changed, drops chunks left
     * with no topic, then replaces the snapshot of the material, in the background.
     */
    private void store(
            StudyMaterial material,
            Map<String, String> keys,
            Set<String> generated,
            Map<String, List<QuizItem>> byKey) {
        storing.execute(() -> {
            long started = System.nanoTime();
            try {
                Map<Integer, List<String>> layout = ItemChunks.layout(keys);
                Set<Integer> changed =
                        ItemChunks.toWrite(layout, queries.stored().keys(), generated);
                List<StoredQuizItems.Chunk> chunks = changed.stream()
                        .map(id -> new StoredQuizItems.Chunk(
                                id,
                                layout.get(id),
                                ItemCodec.encodeChunk(layout.get(id).stream()
                                        .map(key -> new ItemCodec.Keyed(key, byKey.get(key)))
                                        .toList())))
                        .toList();
                queries.stored().replace(chunks, layout.keySet());
                List<byte[]> parts = ItemChunks.split(material).stream()
                        .map(ItemCodec::encode)
                        .toList();
                queries.stored()
                        .snapshot(
                                new StoredQuizItems.Snapshot(
                                        GraphVersion.durable(material.fingerprint()),
                                        generatorVersion,
                                        UUID.randomUUID().toString(),
                                        parts.size(),
                                        List.copyOf(keys.keySet()),
                                        List.copyOf(keys.values())),
                                parts);
                say.accept(String.format(
                        "crmgraph: quiz items stored: %,d of %d chunks written (%,d topics generated) in %.1f s",
                        chunks.size(), layout.size(), generated.size(), seconds(started)));
            } catch (RuntimeException e) {
                if (!queries.stored().closing()) {
                    LOG.warn("quiz items could not be stored; they are generated again at the next start", e);
                }
            }
        });
    }

    private static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }

    private static double sinceProcessStart() {
        return ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
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

    /** The future's value; its failure as it was thrown, not wrapped. */
    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
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
