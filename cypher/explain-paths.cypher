// The two ends of "how are these connected?" and the paths found between them ($paths: each a list
// of its concepts' element ids from $from to $to, in order), each hop explained by the link that says
// most. An unknown end is null. A server runs it after find-shortest-paths.cypher; an embedded store
// explains its paths in process instead (`graph.HopExplainer`, the same choice of link, faster).
//
// Each hop is explained by the most telling of its links: a part before a kind before a related
// concept, one with a phrase before one without, a mention last; then by card, for a stable answer.
// Its card and deck are found each by its own unique id: walking a deck's HAS_CARD links to its card
// expanded every card of the deck (10,000 in a benchmark deck) and cost a quarter of the answer's time.
// Explaining each distinct hop of the chosen paths once, in one pass, gave the same answers and no
// measurable saving.
OPTIONAL MATCH (a:Concept {id: $from})
OPTIONAL MATCH (b:Concept {id: $to})
RETURN a {.id, .name} AS from, b {.id, .name} AS to, COLLECT {
  UNWIND range(0, size($paths) - 1) AS p
  WITH p, COLLECT {
    UNWIND range(0, size($paths[p]) - 1) AS i
    MATCH (n:Concept) WHERE elementId(n) = $paths[p][i]
    RETURN n ORDER BY i
  } AS ns
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
  ORDER BY p
} AS paths
