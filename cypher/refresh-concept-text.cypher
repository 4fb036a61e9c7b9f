// Denormalised text for the full-text index: names, aliases and up to 50 definitions of each
// concept, and the number of definitions. The cap keeps a hub's text (thousands of definitions
// merged from many decks) from being rebuilt and re-indexed whole by every deck that touches it:
// uncapped, that was over half of a 100k-card import. A concept defined more than 50 times is
// found by the words of its first 50 definitions.
UNWIND $keys AS key
MATCH (c:Concept {key: key})
WITH c, COLLECT { MATCH (:Card)-[d:DEFINES]->(c) RETURN d.text AS text LIMIT 50 } AS texts
SET c.aliasText = reduce(s = '', a IN coalesce(c.aliases, []) | s + ' ' + a),
    c.definitionText = reduce(s = '', t IN texts | s + ' ' + t),
    c.definitionCount = COUNT { ()-[:DEFINES]->(c) }
