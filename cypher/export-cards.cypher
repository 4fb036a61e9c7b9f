MATCH (d:Deck)-[:HAS_CARD]->(c:Card)
RETURN c.id AS id, d.id AS deck, c.ordinal AS ordinal, c.front AS front, c.back AS back, c.line AS line,
       c.position AS position, coalesce(c.tags, []) AS tags,
       coalesce(c.section, '') AS section, coalesce(c.uncertain, false) AS uncertain, c.doubt AS doubt,
       c.otherFront AS otherFront, c.otherBack AS otherBack, coalesce(c.confirmed, false) AS confirmed
ORDER BY d.source, d.id, c.ordinal
