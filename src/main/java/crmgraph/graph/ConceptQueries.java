package crmgraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Read queries about concepts, for the web explorer and the API; answers are cached per graph version. */
public final class ConceptQueries {

    private static final int SEARCH_CANDIDATES = 100;

    private final GraphStore store;
    private final ReadCache<Integer, List<ConceptSummary>> lists;
    private final ReadCache<Integer, List<ConceptList>> models;
    private final ReadCache<Detail, Optional<ConceptDetail>> details;
    private final ReadCache<Search, List<ConceptSummary>> searches;
    private final SearchIndex index;
    private final ConceptPrefetch prefetch;

    private record Search(String text, int limit) {}

    private record Detail(String id, int limit) {}

    /** {@code pageLimit}: the list length of concept pages, which are read ahead for the whole graph. */
    public ConceptQueries(GraphStore store, int pageLimit) {
        this.store = store;
        this.prefetch = new ConceptPrefetch(store, pageLimit, this::details);
        this.lists = new ReadCache<>(store.version(), 16);
        this.models = new ReadCache<>(store.version(), 16);
        this.details = new ReadCache<>(store.version(), 20_000);
        this.searches = new ReadCache<>(store.version(), 10_000);
        this.index = new SearchIndex(store);
    }

    /** Starts building the in-process search index and reading concept pages ahead, in the background (at server start). */
    public void prepare() {
        index.prepare();
        prefetch.start();
    }

    /** Waits until concept pages of the current graph are read ahead (for tests). */
    void awaitPages() throws Exception {
        prefetch.start().get();
    }

    /** All concepts by name. */
    public List<ConceptSummary> list(int limit) {
        return lists.get(
                limit,
                () -> store
                        .driver()
                        .executableQuery(Cypher.query("list-concepts"))
                        .withParameters(Map.of("limit", limit))
                        .withConfig(store.reads())
                        .execute()
                        .records()
                        .stream()
                        .map(ConceptQueries::summary)
                        .toList());
    }

    /**
     * Concepts matching a search text, best first: every word where possible, any word otherwise.
     * A blank text lists concepts by name.
     */
    public List<ConceptSummary> search(String text, int limit) {
        return searches.get(new Search(text, limit), () -> searchNow(text, limit));
    }

    private List<ConceptSummary> searchNow(String text, int limit) {
        Optional<FullTextQuery> query = FullTextQuery.of(text);
        if (query.isEmpty()) {
            return text == null || text.isBlank() ? list(limit) : List.of();
        }
        String exact = text.strip().toLowerCase(Locale.ROOT);
        // Lucene ranks and cuts first; exact names and aliases are then lifted among its best hits.
        int candidates = Math.max(SEARCH_CANDIDATES, 4 * limit);
        return index.search(query.get(), exact, candidates, limit)
                .orElseGet(() -> query.get()
                        .run(FullTextQuery.Vocabulary.NONE, lucene -> neo4jFullText(lucene, exact, candidates, limit)));
    }

    /**
     * The concept a student means by {@code text}, typed as an id or a name: the concept with that
     * id, else the best match of the search.
     */
    public Optional<ConceptSummary> resolve(String text) {
        return find(text, 1)
                .map(c -> new ConceptSummary(
                        c.id(), c.name(), c.aliases(), c.totals().definitions()))
                .or(() -> search(text, 1).stream().findFirst());
    }

    /** Everything known about one concept, or empty for an unknown id. */
    public Optional<ConceptDetail> find(String id) {
        return find(id, Integer.MAX_VALUE);
    }

    /** One concept with at most {@code limit} of each list (definitions, parts, kinds, …), and their totals. */
    public Optional<ConceptDetail> find(String id, int limit) {
        if (limit == prefetch.limit()) {
            Optional<Optional<ConceptDetail>> ahead = prefetch.find(id);
            if (ahead.isPresent()) {
                return ahead.get();
            }
        }
        return details.get(
                new Detail(id, limit),
                () -> details(List.of(id), limit).stream().findFirst());
    }

    private List<ConceptDetail> details(List<String> ids) {
        return details(ids, prefetch.limit());
    }

    List<ConceptDetail> details(List<String> ids, int limit) {
        return store
                .driver()
                .executableQuery(Cypher.query("concept-detail"))
                .withParameters(Map.of("ids", ids, "limit", limit))
                .withConfig(store.reads())
                .execute()
                .records()
                .stream()
                .map(ConceptQueries::detail)
                .toList();
    }

    /** The models and lists overview: concepts with parts, ordered lists first. */
    public List<ConceptList> lists(int limit) {
        return models.get(
                limit,
                () -> store
                        .driver()
                        .executableQuery(Cypher.query("ordered-lists"))
                        .withParameters(Map.of("limit", limit))
                        .withConfig(store.reads())
                        .execute()
                        .records()
                        .stream()
                        .map(r -> new ConceptList(
                                r.get("id").asString(),
                                r.get("name").asString(),
                                r.get("ordered").asBoolean(),
                                r.get("parts").asList(ConceptQueries::part)))
                        .toList());
    }

    /** A search in Neo4j's own index, while the in-process copy of a changed graph is built. */
    private List<ConceptSummary> neo4jFullText(String search, String exact, int candidates, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("search", search);
        params.put("exact", exact);
        params.put("limit", limit);
        params.put("candidates", candidates);
        return store
                .driver()
                .executableQuery(Cypher.query("search-concepts"))
                .withParameters(params)
                .withConfig(store.reads())
                .execute()
                .records()
                .stream()
                .map(ConceptQueries::summary)
                .toList();
    }

    static ConceptSummary summary(Record r) {
        return new ConceptSummary(
                r.get("id").asString(),
                r.get("name").asString(),
                r.get("aliases").asList(Value::asString),
                r.get("definitions").asInt());
    }

    /**
     * Deck ids and names, concept ids and names and link reasons repeat across the lists of every
     * page; they are interned so the pages of a whole graph read ahead share one copy of each
     * (a third of the read-ahead pages' memory was such copies).
     */
    private static ConceptDetail detail(Record r) {
        return new ConceptDetail(
                r.get("id").asString(),
                r.get("name").asString(),
                r.get("aliases").asList(Value::asString),
                r.get("definitions")
                        .asList(v -> new ConceptDetail.Definition(
                                v.get("text").asString(),
                                shared(v.get("deck")),
                                shared(v.get("deckName")),
                                shared(v.get("card")),
                                v.get("ordinal").asInt(),
                                v.get("line").asInt(0),
                                shared(v.get("position")))),
                r.get("parts").asList(ConceptQueries::part),
                r.get("kinds").asList(ConceptQueries::link),
                r.get("parents")
                        .asList(v -> new ConceptDetail.Parent(
                                shared(v.get("id")), shared(v.get("name")), shared(v.get("type")))),
                r.get("related")
                        .asList(v -> new ConceptDetail.Related(
                                shared(v.get("id")),
                                shared(v.get("name")),
                                shared(v.get("reason")),
                                v.get("sentence").asString(""))),
                r.get("cards")
                        .asList(v -> new ConceptDetail.CardRef(
                                shared(v.get("id")),
                                shared(v.get("deck")),
                                shared(v.get("deckName")),
                                v.get("ordinal").asInt(),
                                v.get("front").asString(""),
                                v.get("line").asInt(0),
                                shared(v.get("position")))),
                totals(r.get("totals")));
    }

    private static String shared(Value v) {
        return v.asString("").intern();
    }

    private static ConceptDetail.Totals totals(Value t) {
        return new ConceptDetail.Totals(
                t.get("definitions").asInt(),
                t.get("parts").asInt(),
                t.get("kinds").asInt(),
                t.get("parents").asInt(),
                t.get("related").asInt(),
                t.get("cards").asInt());
    }

    static ConceptDetail.Part part(Value v) {
        Value order = v.get("order");
        return new ConceptDetail.Part(
                shared(v.get("id")),
                shared(v.get("name")),
                order.isNull() ? null : order.asInt(),
                v.get("definition").asString(""));
    }

    static ConceptDetail.Link link(Value v) {
        return new ConceptDetail.Link(shared(v.get("id")), shared(v.get("name")));
    }
}
