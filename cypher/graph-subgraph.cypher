// The concepts $ids and the allowed relations among them, one edge per pair and type. Relations
// are found from their sparser end: a hub (more than $hubDegree links, e.g. a head noun with
// thousands of kinds, or a list repeated by a hundred decks) is never expanded; links between
// two hubs are checked pair by pair.
MATCH (a:Concept) WHERE a.id IN $ids
WITH a, COUNT { (a)-[:HAS_PART|IS_A|RELATED_TO]-() } > $hubDegree AS hub
WITH collect({id: a.id, name: a.name}) AS nodes,
     collect(CASE WHEN hub THEN a END) AS hubs, collect(CASE WHEN NOT hub THEN a END) AS others
RETURN nodes, COLLECT {
  CALL (hubs, others) {
    UNWIND others AS a
    MATCH (a)-[r:HAS_PART|IS_A|RELATED_TO]-(b:Concept)
    WHERE b.id IN $ids AND type(r) IN $types AND ($deck IS NULL OR r.deck = $deck)
    RETURN r
    UNION ALL
    UNWIND hubs AS a
    UNWIND hubs AS b
    MATCH (a)-[r:HAS_PART|IS_A|RELATED_TO]->(b)
    WHERE type(r) IN $types AND ($deck IS NULL OR r.deck = $deck)
    RETURN r
  }
  WITH startNode(r).id AS source, endNode(r).id AS target, type(r) AS relation, min(r.order) AS position
  RETURN {source: source, target: target, type: relation, order: position}
} AS edges
