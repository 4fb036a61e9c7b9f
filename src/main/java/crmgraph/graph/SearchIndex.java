package crmgraph.graph;

import crmgraph.InternalFaultException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process copy of the {@code concept_text} full-text index: the same fields, the same
 * analyzer (Neo4j's {@code english} is Lucene's {@link EnglishAnalyzer}) and the same query
 * syntax, so it ranks as Neo4j does. It also knows its vocabulary, so only words that no name or
 * alias has are matched fuzzily ({@link FullTextQuery}): typo tolerance is most of a search's cost.
 * A call into Neo4j's index took milliseconds even for a word nobody has; this keeps search fast for
 * a class typing different words at once.
 *
 * <p>The copy belongs to one {@link GraphVersion}. When the graph changes it is rebuilt in the
 * background; until the new copy is ready (a request waits at most {@link #BUILD_WAIT}) searches
 * go to Neo4j's own index, so an answer never comes from an older graph.
 */
final class SearchIndex {

    static final Duration BUILD_WAIT = Duration.ofMillis(250);
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    private static final String ORD = "ord";

    private final GraphStore store;
    private final ExecutorService builder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "crmgraph-search-index");
        t.setDaemon(true);
        return t;
    });
    private volatile Snapshot snapshot;
    private CompletableFuture<Snapshot> building;

    SearchIndex(GraphStore store) {
        this.store = store;
    }

    /** Starts building the copy of the current graph (at server start); the future completes when it is ready. */
    CompletableFuture<?> prepare() {
        return start();
    }

    /**
     * The best {@code limit} concepts for a query, exact names and aliases first, or empty when the
     * copy of the current graph is not ready and Neo4j's index must answer.
     */
    Optional<List<ConceptSummary>> search(FullTextQuery query, String exact, int candidates, int limit) {
        String version = store.version().current();
        Snapshot s = snapshot;
        if (s == null || !s.version().equals(version)) {
            s = await(start());
            if (s == null || !s.version().equals(version)) {
                return Optional.empty();
            }
        }
        Snapshot ready = s;
        return Optional.of(query.run(ready, lucene -> ready.search(lucene, exact, candidates, limit)));
    }

    private synchronized CompletableFuture<Snapshot> start() {
        Snapshot s = snapshot;
        if ((building == null || building.isDone())
                && (s == null || !s.version().equals(store.version().current()))) {
            building = CompletableFuture.supplyAsync(this::build, builder);
        }
        return building == null ? CompletableFuture.completedFuture(s) : building;
    }

    private Snapshot build() {
        // The version is read before the documents: a write racing the read shows as a newer
        // version, and the copy is rebuilt, never kept under a version whose data it lacks.
        String version = store.version().current();
        List<Record> rows = store.driver()
                .executableQuery(Cypher.query("search-documents"))
                .withConfig(store.reads())
                .execute()
                .records();
        Snapshot built = Snapshot.of(version, rows);
        snapshot = built;
        return built;
    }

    private Snapshot await(CompletableFuture<Snapshot> future) {
        try {
            return future.get(BUILD_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            if (store.closed()) {
                return null;
            }
            // Neo4j's own index still answers; the next search tries to build again.
            LOG.warn(
                    "the in-memory search index could not be built; Neo4j's full-text index answers instead",
                    e.getCause());
            return null;
        }
    }

    /** The index of one graph version; immutable, searched by many requests at once. */
    private record Snapshot(
            String version,
            IndexSearcher searcher,
            int[] conceptOfDoc,
            List<ConceptSummary> concepts,
            Map<String, Set<Integer>> conceptsNamed)
            implements FullTextQuery.Vocabulary {

        private static final Analyzer ANALYZER = new EnglishAnalyzer();

        static Snapshot of(String version, List<Record> rows) {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            List<ConceptSummary> concepts = new ArrayList<>(rows.size());
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ANALYZER))) {
                for (Record r : rows) {
                    Document doc = new Document();
                    doc.add(new StoredField(ORD, concepts.size()));
                    for (String field : FullTextQuery.FIELDS) {
                        doc.add(new TextField(field, r.get(field).asString(), Field.Store.NO));
                    }
                    writer.addDocument(doc);
                    concepts.add(ConceptQueries.summary(r));
                }
                writer.commit();
                DirectoryReader reader = DirectoryReader.open(directory);
                IndexSearcher searcher = new IndexSearcher(reader);
                // Lucene's query cache is one lock shared by every search, and a student's queries
                // rarely repeat; repeated searches are answered by ConceptQueries' cache instead.
                searcher.setQueryCache(null);
                return new Snapshot(version, searcher, conceptOfDoc(reader), List.copyOf(concepts), byName(concepts));
            } catch (IOException e) {
                throw new InternalFaultException("cannot build the search index in memory", e);
            }
        }

        /**
         * The concepts each lower-cased name or alias belongs to: whether a hit is named exactly as
         * typed was asked of every candidate of every search, lower-casing its names each time
         * (a twelfth of a new search's CPU).
         */
        private static Map<String, Set<Integer>> byName(List<ConceptSummary> concepts) {
            Map<String, Set<Integer>> named = new HashMap<>();
            for (int ord = 0; ord < concepts.size(); ord++) {
                ConceptSummary c = concepts.get(ord);
                named.computeIfAbsent(c.name().toLowerCase(Locale.ROOT), k -> new HashSet<>())
                        .add(ord);
                for (String alias : c.aliases()) {
                    named.computeIfAbsent(alias.toLowerCase(Locale.ROOT), k -> new HashSet<>())
                            .add(ord);
                }
            }
            return named;
        }

        /** Reading a stored field per hit costs more than the search itself: each document's concept is looked up once. */
        private static int[] conceptOfDoc(DirectoryReader reader) throws IOException {
            int[] ords = new int[reader.maxDoc()];
            StoredFields stored = reader.storedFields();
            for (int doc = 0; doc < ords.length; doc++) {
                ords[doc] = stored.document(doc).getField(ORD).numericValue().intValue();
            }
            return ords;
        }

        /** The least part of a word cut short that an indexed stem must cover to stand for it. */
        private static final double BEGUN_SHARE = 0.6;

        private static final int MIN_STEM = 4;

        @Override
        public boolean knows(String word) {
            try {
                for (String field : FullTextQuery.NAME_FIELDS) {
                    Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), field);
                    if (terms == null) {
                        continue;
                    }
                    TermsEnum vocabulary = terms.iterator();
                    BytesRef typed = new BytesRef(word);
                    if (vocabulary.seekCeil(typed) != TermsEnum.SeekStatus.END
                            && StringHelper.startsWith(vocabulary.term(), typed)) {
                        return true;
                    }
                    for (String token : tokens(field, word)) {
                        if (vocabulary.seekExact(new BytesRef(token))) {
                            return true;
                        }
                    }
                }
                return false;
            } catch (IOException e) {
                throw new InternalFaultException("cannot read the in-memory search index", e);
            }
        }

        @Override
        public Optional<String> termBegun(String word) {
            int shortest = Math.max(MIN_STEM, (int) Math.ceil(word.length() * BEGUN_SHARE));
            try {
                List<TermsEnum> vocabularies = new ArrayList<>();
                for (String field : FullTextQuery.NAME_FIELDS) {
                    Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), field);
                    if (terms != null) {
                        vocabularies.add(terms.iterator());
                    }
                }
                for (int end = word.length() - 1; end >= shortest; end--) {
                    BytesRef stem = new BytesRef(word.substring(0, end));
                    for (TermsEnum vocabulary : vocabularies) {
                        if (vocabulary.seekExact(stem)) {
                            return Optional.of(stem.utf8ToString());
                        }
                    }
                }
                return Optional.empty();
            } catch (IOException e) {
                throw new InternalFaultException("cannot read the in-memory search index", e);
            }
        }

        private static List<String> tokens(String field, String word) throws IOException {
            List<String> out = new ArrayList<>();
            try (TokenStream stream = ANALYZER.tokenStream(field, word)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    out.add(term.toString());
                }
                stream.end();
            }
            return out;
        }

        List<ConceptSummary> search(String luceneQuery, String exact, int candidates, int limit) {
            try {
                List<Hit> hits = new ArrayList<>();
                Set<Integer> named = conceptsNamed.getOrDefault(exact, Set.of());
                for (ScoreDoc d : searcher.search(
                                new QueryParser(FullTextQuery.DEFINITION_FIELD, ANALYZER).parse(luceneQuery),
                                candidates)
                        .scoreDocs) {
                    int ord = conceptOfDoc[d.doc];
                    hits.add(new Hit(concepts.get(ord), named.contains(ord), d.score));
                }
                return hits.stream()
                        .sorted(Hit.ORDER)
                        .limit(limit)
                        .map(Hit::concept)
                        .toList();
            } catch (ParseException | IOException e) {
                // FullTextQuery only ever writes well-formed queries of letters and digits.
                throw new InternalFaultException("search query could not be run: " + luceneQuery, e);
            }
        }
    }

    /** The order of search-concepts.cypher: exact names first, then score, then name and id. */
    private record Hit(ConceptSummary concept, boolean exact, float score) {
        static final Comparator<Hit> ORDER = Comparator.comparing(Hit::exact)
                .reversed()
                .thenComparing(Comparator.comparingDouble(Hit::score).reversed())
                .thenComparing(h -> h.concept().name().toLowerCase(Locale.ROOT))
                .thenComparing(h -> h.concept().id());
    }
}
