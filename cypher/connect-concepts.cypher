// How two concepts are connected: the $limit shortest paths between $from and $to over any
// relation, walked either way, at most 6 hops, and for each hop the link that explains it.
// Neither concept found: a null end and no paths; the same concept twice: no paths (the caller
// answers it as one path without hops).
//
// A pair of concepts is often linked many times (one link per deck that says it, a list repeated
// by a hundred decks): the search walks only the first link of each pair (by element id), or every
// combination of parallel links would count as another path and crowd out the real alternatives.
// SHORTEST picks among equally short paths as it meets them: it is asked for 25, which are then
// ordered by length and names so the answer does not depend on the order of the store. Its walks
// may repeat a concept round a cycle; those are not paths a student would follow, so they are left out.
//
// Each hop is explained by the most telling of its links: a part before a kind before a related
// concept, one with a phrase before one without, a mention last; then by card, for a stable answer.
OPTIONAL MATCH (a:Concept {id: $from})
OPTIONAL MATCH (b:Concept {id: $to})
RETURN a {.id, .name} AS from, b {.id, .name} AS to, COLLECT {
  CALL (a, b) {
    WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
    MATCH p = SHORTEST 25 (a) ((x)-[r:HAS_PART|IS_A|RELATED_TO]-(y)
        WHERE NOT EXISTS { MATCH (x)-[s:HAS_PART|IS_A|RELATED_TO]-(y) WHERE elementId(s) < elementId(r) }){1,6} (b)
    WITH nodes(p) AS ns
    WHERE all(i IN range(0, size(ns) - 2) WHERE NOT ns[i] IN ns[i + 1..])
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
    OPTIONAL MATCH (deck:Deck {id: r.deck})-[:HAS_CARD]->(card:Card {id: r.card})
    RETURN {start: startNode(r).id, type: type(r), order: r.order, phrase: r.phrase, reason: r.reason,
            card: r.card, deck: r.deck, deckName: deck.name, ordinal: card.ordinal}
    ORDER BY i
  }}
  ORDER BY size(ns), [n IN ns | toLower(n.name)], [n IN ns | n.id]
} AS paths
