MATCH (c:Concept)
OPTIONAL MATCH (card:Card)-[d:DEFINES]->(c)
WITH c, card, d ORDER BY card.deck, card.ordinal
WITH c, [x IN collect(CASE WHEN d IS NULL THEN null ELSE {text: d.text, card: card.id} END) WHERE x IS NOT NULL] AS definitions
RETURN c.id AS id, c.name AS name, coalesce(c.aliases, []) AS aliases, definitions
ORDER BY c.key
