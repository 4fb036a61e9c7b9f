// The concepts $ids and the allowed relations among them, one edge per pair and type.
MATCH (a:Concept) WHERE a.id IN $ids
RETURN a.id AS id, a.name AS name,
  COLLECT {
    MATCH (a)-[r:HAS_PART|IS_A|RELATED_TO]->(b:Concept)
    WHERE b.id IN $ids AND type(r) IN $types AND ($deck IS NULL OR r.deck = $deck)
    WITH b, type(r) AS relation, min(r.order) AS position
    RETURN {target: b.id, type: relation, order: position}
  } AS edges
