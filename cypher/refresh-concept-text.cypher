// Denormalised text for the full-text index: names, aliases and definitions of each concept.
UNWIND $keys AS key
MATCH (c:Concept {key: key})
OPTIONAL MATCH (:Card)-[d:DEFINES]->(c)
WITH c, collect(d.text) AS texts
SET c.aliasText = reduce(s = '', a IN coalesce(c.aliases, []) | s + ' ' + a),
    c.definitionText = reduce(s = '', t IN texts | s + ' ' + t),
    c.definitionCount = size(texts)
