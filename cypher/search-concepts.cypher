// Full-text search over names, aliases and definitions; $search is a Lucene query built from
// the user's words by FullTextQuery (escaped), never Cypher. Exact names and aliases come first.
CALL db.index.fulltext.queryNodes('concept_text', $search, {limit: $candidates}) YIELD node AS c, score
WITH c, score,
     CASE WHEN toLower(c.name) = $exact OR any(a IN coalesce(c.aliases, []) WHERE toLower(a) = $exact) THEN 1 ELSE 0 END AS exact
RETURN c.id AS id, c.name AS name, coalesce(c.aliases, []) AS aliases, coalesce(c.definitionCount, 0) AS definitions
ORDER BY exact DESC, score DESC, toLower(c.name), c.id
LIMIT $limit
