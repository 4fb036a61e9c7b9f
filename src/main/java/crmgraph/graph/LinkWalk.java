package crmgraph.graph;

/**
 * How {@link PathSearch} sees the links between concepts: read from the store as it walks
 * ({@link StoreWalk}) or from the copy of the current graph kept in memory ({@link LinkCopy}). Both
 * give the same answers; only the cost differs.
 *
 * @param <T> how a concept is named on this walk
 */
sealed interface LinkWalk<T> permits StoreWalk, LinkCopy {

    /** The concepts one link away, either way, over any relation; a neighbour over parallel links may come once per link, one after another. */
    Iterable<T> neighbours(T concept);

    /** What widening the search by this concept costs, in links read: only which end is widened depends on it. */
    long cost(T concept);

    /** Lower-cased name, then id: the order the answer's paths are listed in. */
    String[] sortKey(T concept);
}
