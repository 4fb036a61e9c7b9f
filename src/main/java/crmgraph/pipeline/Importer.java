package crmgraph.pipeline;

import crmgraph.BadInputException;
import crmgraph.CrmgraphException;
import crmgraph.Hashes;
import crmgraph.InternalFaultException;
import crmgraph.RelationType;
import crmgraph.document.Documents;
import crmgraph.extract.Extraction;
import crmgraph.extract.Extractor;
import crmgraph.graph.DeckImport;
import crmgraph.graph.DeckWriter;
import crmgraph.pipeline.StageClock.Stage;
import crmgraph.read.DeckReader;
import crmgraph.read.ReadDeck;
import crmgraph.read.ReadOptions;
import crmgraph.read.SourceMap;
import crmgraph.read.TextDecoder;
import crmgraph.resolve.Keys;
import crmgraph.resolve.ResolvedDeck;
import crmgraph.resolve.Resolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The import pipeline, wired: files → read → extract → resolve (all decks of one import together,
 * and against what the graph already holds) → load, one transaction per deck. Each deck is read
 * with the options the student gave, else those it remembers from its last import; a file whose
 * bytes and options are both unchanged is skipped. A file that cannot be read is reported and the
 * others still import.
 */
public final class Importer {

    /** Largest file accepted; bigger ones are reported, not read. */
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

    private static final Set<String> DECK_EXTENSIONS =
            Set.of("txt", "text", "md", "markdown", "tsv", "csv", "tab", "apkg", "colpkg", "pdf", "docx");

    /** Text resolved together in one pass: about 8,000 flashcards. */
    private static final long GROUP_CHARS = 2_000_000;

    private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

    private final DeckReader reader;
    private final Extractor extractor;
    private final Resolver resolver;
    private final DeckWriter writer;

    /** {@code extractor} serves every worker thread at once (its NLP is OpenNLP's thread-safe classes). */
    public Importer(DeckReader reader, Extractor extractor, Resolver resolver, DeckWriter writer) {
        this.reader = reader;
        this.extractor = extractor;
        this.resolver = resolver;
        this.writer = writer;
    }

    /** Imports files and folders (folders recursively, deck files only). */
    public ImportReport importPaths(List<Path> paths) {
        return importPaths(paths, deck -> {});
    }

    /** Imports files and folders, telling {@code progress} about each deck as soon as it is written. */
    public ImportReport importPaths(List<Path> paths, Consumer<ImportReport.DeckLine> progress) {
        return importPaths(paths, ReadChoice.NONE, progress);
    }

    /** Imports files and folders read as {@code choice} says (and remembered so), with progress per deck. */
    public ImportReport importPaths(List<Path> paths, ReadChoice choice, Consumer<ImportReport.DeckLine> progress) {
        List<ImportReport.Failure> failures = new ArrayList<>();
        List<SourceText> sources = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path file : files(paths, failures)) {
            try {
                List<SourceText> opened = SourceText.open(file);
                if (opened.stream().anyMatch(o -> ids.contains(o.deckId())) && file.getParent() != null) {
                    opened = opened.stream()
                            .map(o -> o.inFolder(file.getParent()))
                            .toList();
                }
                opened.forEach(o -> ids.add(o.deckId()));
                sources.addAll(opened);
            } catch (CrmgraphException e) {
                failures.add(new ImportReport.Failure(file.getFileName().toString(), e.getMessage()));
            }
        }
        return importSources(sources, choice, failures, progress);
    }

    /** Imports texts given in memory, under the file names given, each read as it was last time. */
    public ImportReport importTexts(List<SourceText> sources) {
        return importTexts(sources, ReadChoice.NONE);
    }

    /** Imports texts given in memory (the web import), read as {@code choice} says (and remembered so). */
    public ImportReport importTexts(List<SourceText> sources, ReadChoice choice) {
        return importSources(sources, choice, new ArrayList<>(), deck -> {});
    }

    /** Reads a text as importing it with {@code choice} would, without writing anything (the import preview). */
    public ReadDeck preview(SourceText source, ReadChoice choice) {
        return read(source, choice.over(remembered(source.deckId())));
    }

    /** A deck read; a document's with its own format and what opening it left out among the warnings. */
    private ReadDeck read(SourceText source, ReadOptions options) {
        ReadDeck deck = reader.read(source.name(), source.text(), options, source.positions());
        if (source.documentFormat().isEmpty() && source.warnings().isEmpty()) {
            return deck;
        }
        List<String> warnings = new ArrayList<>(source.warnings());
        warnings.addAll(deck.warnings());
        return new ReadDeck(
                deck.name(),
                // a document is reported as what the student imported, not as the text it was opened into
                source.documentFormat().orElse(deck.format()),
                deck.cards(),
                deck.dropped(),
                warnings,
                deck.options(),
                deck.layout(),
                deck.doubt(),
                deck.positions());
    }

    /** The reading a deck's last import asked for, or {@link ReadOptions#AUTO} for a new deck. */
    public ReadOptions remembered(String deckId) {
        return writer.stored(deckId).map(DeckWriter.Stored::options).orElse(ReadOptions.AUTO);
    }

    private ImportReport importSources(
            List<SourceText> sources,
            ReadChoice choice,
            List<ImportReport.Failure> failures,
            Consumer<ImportReport.DeckLine> progress) {
        long started = System.nanoTime();
        List<Job> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        Map<String, DeckWriter.Stored> known =
                writer.stored(sources.stream().map(SourceText::deckId).toList());
        for (SourceText source : sources) {
            Optional<DeckWriter.Stored> stored = Optional.ofNullable(known.get(source.deckId()));
            ReadOptions options =
                    choice.over(stored.map(DeckWriter.Stored::options).orElse(ReadOptions.AUTO));
            // Options asked for that differ from last time change the reading of unchanged bytes.
            if (stored.filter(s ->
                            s.sha256().equals(source.sha256()) && s.options().equals(options))
                    .isPresent()) {
                unchanged.add(source.label());
            } else {
                changed.add(new Job(source, options));
            }
        }
        StageClock clock = new StageClock();
        List<ImportReport.DeckLine> written = new ArrayList<>();
        Consumer<ImportReport.DeckLine> decks = written::add;
        if (!changed.isEmpty()) {
            prepareAndWrite(changed, clock, decks.andThen(progress), failures);
        }
        return new ImportReport(written, unchanged, failures, clock.timings(System.nanoTime() - started));
    }

    /**
     * Reads and extracts decks on every core (NLP dominates) while the calling thread resolves and
     * writes, in file order, the group before: extraction of later decks overlaps writing of earlier
     * ones, and at most two groups of extracted decks are held in memory at a time.
     */
    private void prepareAndWrite(
            List<Job> changed,
            StageClock clock,
            Consumer<ImportReport.DeckLine> decks,
            List<ImportReport.Failure> failures) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(changed.size(), THREADS), daemonThreads());
        try {
            Function<List<Job>, List<Future<Prepared>>> submit = group -> group.stream()
                    .map(job -> pool.submit(() -> prepare(job, extractor, clock)))
                    .toList();
            writeInOrder(groups(changed), submit, clock, decks, failures);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A file to read, with the options to read it with. */
    private record Job(SourceText source, ReadOptions options) {}

    private Prepared prepare(Job job, Extractor extractor, StageClock clock) {
        SourceText source = job.source();
        try {
            ReadDeck deck = clock.time(Stage.READ, () -> read(source, job.options()));
            deck.whyNoCards(source.label()).ifPresent(reason -> {
                throw new BadInputException(reason);
            });
            Extraction extraction = clock.time(Stage.EXTRACT, () -> extractor.extract(deck));
            return new Prepared(source, deck, extraction, null);
        } catch (CrmgraphException e) {
            return new Prepared(source, null, null, e.getMessage());
        }
    }

    /**
     * Resolves decks in groups against everything resolved before them, then writes each deck of
     * the group in its own transaction. Resolving a group together costs one pass over the known concepts instead of one per deck (which made big imports quadratic); groups are cut by text
     * size, so the grouping, and with it the result, depends only on the input. One thread resolves
     * the next group while this one writes the current group, so resolving does not queue behind writing.
     */
    private void writeInOrder(
            List<List<Job>> groups,
            Function<List<Job>, List<Future<Prepared>>> submit,
            StageClock clock,
            Consumer<ImportReport.DeckLine> decks,
            List<ImportReport.Failure> failures) {
        List<String> replacing = groups.stream()
                .flatMap(List::stream)
                .map(j -> j.source().deckId())
                .toList();
        KnownConcepts known = new KnownConcepts(clock.time(Stage.RESOLVE, () -> writer.knownConcepts(replacing)));
        ExecutorService resolving = Executors.newSingleThreadExecutor(daemonThreads());
        try {
            Function<List<Job>, Future<List<Resolved>>> resolveNext = group -> {
                List<Future<Prepared>> prepared = submit.apply(group);
                return resolving.submit(() -> resolveGroup(prepared, known, clock, failures));
            };
            Future<List<Resolved>> next = resolveNext.apply(groups.get(0));
            try (DeckWriter.Batch batch = writer.batch()) {
                for (int g = 0; g < groups.size(); g++) {
                    Future<List<Resolved>> current = next;
                    next = g + 1 < groups.size() ? resolveNext.apply(groups.get(g + 1)) : null;
                    List<Resolved> group = await(current);
                    clock.time(Stage.WRITE, () -> writeGroup(batch, group, decks));
                }
                // The searchable text of every concept the import changed, once: a concept many
                // groups define was re-indexed once per group (Lucene was a tenth of a 100k import's CPU).
                clock.time(Stage.WRITE, () -> {
                    batch.close();
                    return null;
                });
            }
        } finally {
            resolving.shutdownNow();
        }
    }

    /** One transaction per deck; the concepts' searchable text once for the import (see {@link DeckWriter.Batch}). */
    private Void writeGroup(DeckWriter.Batch batch, List<Resolved> group, Consumer<ImportReport.DeckLine> decks) {
        for (Resolved r : group) {
            batch.write(r.deck());
            decks.accept(line(r.deck(), r.label(), r.extractionWarnings()));
        }
        return null;
    }

    /** A deck ready to write, with the name the report gives it and the cards its extraction failed on. */
    private record Resolved(DeckImport deck, String label, List<String> extractionWarnings) {}

    /** Runs on the resolving thread only, which alone touches {@code known} and, until the end, {@code failures}. */
    private List<Resolved> resolveGroup(
            List<Future<Prepared>> group, KnownConcepts known, StageClock clock, List<ImportReport.Failure> failures) {
        List<Prepared> ready = new ArrayList<>();
        for (Future<Prepared> future : group) {
            Prepared p = await(future);
            if (p.failure() != null) {
                failures.add(new ImportReport.Failure(p.source().label(), p.failure()));
            } else {
                ready.add(p);
            }
        }
        if (ready.isEmpty()) {
            return List.of();
        }
        List<ResolvedDeck> resolved = clock.time(
                Stage.RESOLVE,
                () -> resolver.resolve(ready.stream().map(Prepared::extraction).toList(), known.all()));
        List<Resolved> out = new ArrayList<>();
        for (int i = 0; i < ready.size(); i++) {
            Prepared p = ready.get(i);
            known.add(resolved.get(i));
            out.add(new Resolved(
                    new DeckImport(
                            p.source().deckId(), p.source().name(), p.source().sha256(), p.deck(), resolved.get(i)),
                    p.source().label(),
                    p.extraction().warnings()));
        }
        return out;
    }

    /** Consecutive decks of at least {@link #GROUP_CHARS} characters of text together (the last group may be smaller). */
    private static List<List<Job>> groups(List<Job> jobs) {
        List<List<Job>> groups = new ArrayList<>();
        List<Job> current = new ArrayList<>();
        long chars = 0;
        for (Job job : jobs) {
            current.add(job);
            chars += job.source().text().length();
            if (chars >= GROUP_CHARS) {
                groups.add(current);
                current = new ArrayList<>();
                chars = 0;
            }
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InternalFaultException("the import was interrupted");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r
                    ? r
                    : new InternalFaultException("the import failed", e.getCause());
        }
    }

    private static ThreadFactory daemonThreads() {
        return runnable -> {
            Thread t = new Thread(runnable, "crmgraph-import");
            t.setDaemon(true);
            return t;
        };
    }

    /** A deck read and extracted, or the reason it could not be. */
    private record Prepared(SourceText source, ReadDeck deck, Extraction extraction, String failure) {}

    /** The report's line for a deck: the reading's warnings, then the extraction's. */
    private static ImportReport.DeckLine line(DeckImport deck, String label, List<String> extractionWarnings) {
        ResolvedDeck r = deck.resolved();
        ReadDeck read = deck.read();
        long lists = r.relations().stream()
                .filter(x -> x.type() == RelationType.HAS_PART)
                .map(ResolvedDeck.Relation::from)
                .distinct()
                .count();
        return new ImportReport.DeckLine(
                label,
                deck.id(),
                read.format(),
                read.cards().size(),
                r.concepts().size(),
                lists,
                r.relations().size(),
                read.furnitureCount(),
                read.unplacedCount(),
                Stream.concat(read.warnings().stream(), extractionWarnings.stream())
                        .map(w -> label + ": " + w)
                        .toList(),
                ImportReport.Reading.of(read));
    }

    private static List<Path> files(List<Path> paths, List<ImportReport.Failure> failures) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(Importer::isDeckFile)
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    failures.add(new ImportReport.Failure(
                            path.toString(), path + ": cannot list the folder: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                failures.add(new ImportReport.Failure(path.toString(), path + ": no such file or folder"));
            }
        }
        return files;
    }

    private static boolean isDeckFile(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".")
                && dot > 0
                && DECK_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * A deck's text with its identity: the file name it came under, the part of the file it is (an
     * Anki deck of a package; empty when the file is one deck) and the hash of its bytes. A document
     * (Anki package, PDF, Word) is opened into text with a map of where each line came from, and
     * the warnings of what its opening left out.
     */
    public record SourceText(
            String name,
            String part,
            String text,
            String sha256,
            SourceMap positions,
            List<String> warnings,
            Optional<String> documentFormat) {

        public SourceText {
            positions = positions == null ? SourceMap.LINES : positions;
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
            documentFormat = documentFormat == null ? Optional.empty() : documentFormat;
        }

        public SourceText(String name, String text, String sha256) {
            this(name, "", text, sha256, SourceMap.LINES, List.of(), Optional.empty());
        }

        /**
         * This deck under its folder's name too ("dev3/cards.txt"): two files of one import with the
         * same name would otherwise be one deck, the second replacing the first. The report says so.
         */
        SourceText inFolder(Path folder) {
            String named = folder.getFileName() + "/" + name;
            List<String> said = new ArrayList<>(warnings);
            said.add("another file of this import is also called " + name + ": this one is stored as deck " + named);
            return new SourceText(named, part, text, sha256, positions, said, documentFormat);
        }

        /** A text file's one deck ({@link #open(Path)} for any file). */
        public static SourceText load(Path file) {
            return single(open(file), file.getFileName().toString());
        }

        /** The decks of a file: one for a text file, a PDF or a Word document, one per Anki deck of a package. */
        public static List<SourceText> open(Path file) {
            String name = file.getFileName().toString();
            try {
                if (Files.size(file) > MAX_FILE_BYTES) {
                    // a text file is named by its first line, as every reading message; a document has no lines
                    throw new BadInputException(name + (Documents.isDocument(name) ? "" : ": line 1")
                            + ": file is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
                }
                return open(name, Files.readAllBytes(file));
            } catch (IOException e) {
                throw new BadInputException(name + ": cannot be read: " + e.getMessage());
            }
        }

        /** The decks of a file's bytes, as {@link #open(Path)}. */
        public static List<SourceText> open(String name, byte[] bytes) {
            if (!Documents.isDocument(name)) {
                return List.of(new SourceText(name, TextDecoder.decode(name, bytes), Hashes.sha256(bytes)));
            }
            String whole = Hashes.sha256(bytes);
            return Documents.open(name, bytes).stream()
                    .map(o -> new SourceText(
                            name,
                            o.part(),
                            o.text(),
                            o.part().isEmpty() ? whole : Hashes.sha256(whole + "\n" + o.part()),
                            o.positions(),
                            o.warnings(),
                            Optional.of(o.format())))
                    .toList();
        }

        /** A text file's one deck, from its bytes. */
        public static SourceText of(String name, byte[] bytes) {
            return single(open(name, bytes), name);
        }

        private static SourceText single(List<SourceText> decks, String name) {
            if (decks.size() != 1) {
                throw new BadInputException(name + ": holds " + decks.size() + " decks; import it as a whole");
            }
            return decks.get(0);
        }

        /** The name the import report and the deck list show: the file, and the Anki deck inside it. */
        public String label() {
            return part.isEmpty() ? name : name + " › " + part;
        }

        /**
         * Deck ids come from the file name (and the Anki deck's name inside a package), so a
         * re-imported file replaces its earlier version.
         */
        public String deckId() {
            String slug = slug(name) + (part.isEmpty() ? "" : "-" + slug(part));
            return slug.isEmpty() || slug.equals("-")
                    ? "deck-" + Keys.shortHash(name + part)
                    : slug.replaceAll("^-|-$", "");
        }

        private static String slug(String text) {
            return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        }
    }
}
