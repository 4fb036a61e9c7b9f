MATCH (a:Concept)-[r:HAS_PART|IS_A|RELATED_TO]->(b:Concept)
RETURN type(r) AS type, a.id AS from, b.id AS to, r.order AS order, r.card AS card, r.reason AS reason, r.phrase AS phrase
ORDER BY a.key, type, r.order, b.key
