// Denormalised text for the full-text index: names, aliases and up to 50 definitions of each
// concept, and the number of definitions, for one batch of concepts marked stale. The cap keeps a
// hub's text (hundreds of definitions merged from many decks) from being rebuilt and re-indexed
// whole; a concept defined more than 50 times is found by the words of 50 of its definitions.
MATCH (c:StaleText)
WITH c LIMIT $batch
REMOVE c:StaleText
WITH c, COLLECT { MATCH (:Card)-[d:DEFINES]->(c) RETURN d.text AS text LIMIT 50 } AS texts
SET c.aliasText = reduce(s = '', a IN coalesce(c.aliases, []) | s + ' ' + a),
    c.definitionText = reduce(s = '', t IN texts | s + ' ' + t),
    c.definitionCount = COUNT { ()-[:DEFINES]->(c) }
RETURN count(c) AS refreshed
