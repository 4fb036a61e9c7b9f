package crmgraph.graph;

import crmgraph.InternalFaultException;
import java.io.IOException;
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

/**
 * An in-process copy of the {@code concept_text} full-text index: the same fields, the same
 * analyzer (Neo4j's {@code english} is Lucene's {@link EnglishAnalyzer}) and the same query
 * syntax, so it ranks as Neo4j does. It also knows its vocabulary, so only words that no name or
 * alias has are matched fuzzily ({@link FullTextQuery}): typo tolerance is most of a search's cost.
 * A call into Neo4j's index took milliseconds even for a word nobody has; this keeps search fast for
 * a class typing different words at once.
 *
 * <p>The copy belongs to one {@link GraphVersion} ({@link VersionedCopy}): until the copy of a
 * changed graph is ready, searches go to Neo4j's own index.
 */
final class SearchIndex {

    private static final String ORD = "ord";

    private final GraphStore store;
    private final VersionedCopy<Snapshot> copy;

    SearchIndex(GraphStore store) {
        this.store = store;
        this.copy = new VersionedCopy<>(store, "search index", this::read);
    }

    /** Starts building the copy of the current graph (at server start); the future completes when it is ready. */
    CompletableFuture<?> prepare() {
        return copy.prepare();
    }

    /**
     * The best {@code limit} concepts for a query, exact names and aliases first, or empty when the
     * copy of the current graph is not ready and Neo4j's index must answer.
     */
    Optional<List<ConceptSummary>> search(FullTextQuery query, String exact, int candidates, int limit) {
        return copy.current().map(ready -> query.run(ready, lucene -> ready.search(lucene, exact, candidates, limit)));
    }

    private Snapshot read() {
        return Snapshot.of(store.driver()
                .executableQuery(Cypher.query("search-documents"))
                .withConfig(store.reads())
                .execute()
                .records());
    }

    /** The index of one graph version; immutable, searched by many requests at once. */
    private record Snapshot(
            IndexSearcher searcher,
            int[] conceptOfDoc,
            List<ConceptSummary> concepts,
            Map<String, Set<Integer>> conceptsNamed)
            implements FullTextQuery.Vocabulary {

        private static final Analyzer ANALYZER = new EnglishAnalyzer();

        static Snapshot of(List<Record> rows) {
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
                return new Snapshot(searcher, conceptOfDoc(reader), List.copyOf(concepts), byName(concepts));
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
