// The models and lists overview: every concept with parts, its parts in order.
MATCH (w:Concept)-[r:HAS_PART]->(p:Concept)
WITH w, p, min(r.order) AS position
ORDER BY coalesce(position, 2147483647), toLower(p.name)
WITH w, collect({id: p.id, name: p.name, order: position}) AS parts
RETURN w.id AS id, w.name AS name, parts, any(x IN parts WHERE x.order IS NOT NULL) AS ordered
ORDER BY ordered DESC, toLower(w.name), w.id
LIMIT $limit
