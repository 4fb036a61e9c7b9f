MATCH (d:Deck)-[:HAS_CARD]->(c:Card)
RETURN c.id AS id, d.id AS deck, c.ordinal AS ordinal, c.front AS front, c.back AS back, c.line AS line
ORDER BY d.source, d.id, c.ordinal
