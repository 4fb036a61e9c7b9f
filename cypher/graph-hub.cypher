// The best-connected concept: where the graph view starts when no concept is chosen.
MATCH (c:Concept)
WITH c, COUNT { (c)-[:HAS_PART|IS_A|RELATED_TO]-(:Concept) } AS degree
ORDER BY degree DESC, toLower(c.name)
LIMIT 1
RETURN c.id AS id
