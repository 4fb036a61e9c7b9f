// One hop of the neighbourhood walk: concepts linked to any of $ids by an allowed relation.
UNWIND $ids AS id
MATCH (a:Concept {id: id})-[r:HAS_PART|IS_A|RELATED_TO]-(b:Concept)
WHERE type(r) IN $types AND ($deck IS NULL OR r.deck = $deck) AND NOT b.id IN $seen
RETURN DISTINCT b.id AS id
LIMIT $limit
