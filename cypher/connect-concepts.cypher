// How two concepts are connected: the $limit shortest paths between $from and $to over any
// relation, walked either way, at most 6 hops, and for each hop the link that explains it.
// Neither concept found: a null end and no paths; the same concept twice: no paths (the caller
// answers it as one path without hops).
//
// allShortestPaths is Neo4j's bidirectional breadth-first search: it meets in the middle, so a
// pair joined through a hub of thousands of links costs milliseconds. (A quantified path pattern
// that walked only one link per pair took seconds on the 100k benchmark graph: its per-step
// subquery defeats that search.) A pair of concepts is often linked many times (one link per deck
// that says it), and every combination of parallel links is another path over the same concepts:
// the first 200 are enough to find the distinct ones, which are ordered by names so the answer
// does not depend on the order of the store.
//
// Each hop is explained by the most telling of its links: a part before a kind before a related
// concept, one with a phrase before one without, a mention last; then by card, for a stable answer.
// Its card and deck are found each by its own unique id: walking a deck's HAS_CARD links to its card
// expanded every card of the deck (10,000 in a benchmark deck) and cost a quarter of the answer's time.
//
// Kept as it is after measuring alternatives on the 100k benchmark graph (the same 500 random pairs,
// variants taken in turn, CPU per request): the search is a third of a request's CPU, Bolt and the
// driver another third, the hops' explanation a sixth. `ALL SHORTEST (a)-[...]-{1,6}(b)` is planned as
// StatefulShortestPath and was far slower (1,000 pairs had not finished after ten minutes; this query
// answers them in seconds); explaining each distinct hop of the chosen paths once, in one pass, gave
// the same answers and no measurable saving. shortestPath finds one path and answered two pairs in three
// differently: the distinct paths are ordered by name, so all the shortest ones are needed.
OPTIONAL MATCH (a:Concept {id: $from})
OPTIONAL MATCH (b:Concept {id: $to})
RETURN a {.id, .name} AS from, b {.id, .name} AS to, COLLECT {
  CALL (a, b) {
    WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
    MATCH p = allShortestPaths((a)-[:HAS_PART|IS_A|RELATED_TO*..6]-(b))
    WITH p LIMIT 200
    WITH DISTINCT nodes(p) AS ns
    RETURN ns ORDER BY size(ns), [n IN ns | toLower(n.name)], [n IN ns | n.id]
    LIMIT $limit
  }
  RETURN {nodes: [n IN ns | n {.id, .name}], hops: COLLECT {
    UNWIND range(0, size(ns) - 2) AS i
    CALL (ns, i) {
      WITH ns[i] AS x, ns[i + 1] AS y
      MATCH (x)-[r:HAS_PART|IS_A|RELATED_TO]-(y)
      RETURN r
      ORDER BY CASE type(r) WHEN 'HAS_PART' THEN 0 WHEN 'IS_A' THEN 1 ELSE 2 END, r.phrase IS NULL,
               coalesce(r.reason, '') = 'mention', r.card, elementId(r)
      LIMIT 1
    }
    OPTIONAL MATCH (card:Card {id: r.card})
    OPTIONAL MATCH (deck:Deck {id: r.deck})
    RETURN {start: startNode(r).id, type: type(r), order: r.order, phrase: r.phrase, reason: r.reason,
            card: r.card, deck: r.deck, deckName: deck.name, ordinal: card.ordinal}
    ORDER BY i
  }}
  ORDER BY size(ns), [n IN ns | toLower(n.name)], [n IN ns | n.id]
} AS paths
