// Every concept with its definitions (each with its card and deck), for generating quiz items.
// A card the reader was unsure of gives nothing until the student confirms it (or chose the layout).
MATCH (c:Concept)
OPTIONAL MATCH (card:Card)-[d:DEFINES]->(c)
  WHERE NOT coalesce(card.uncertain, false) OR coalesce(card.confirmed, false)
WITH c, card, d ORDER BY card.deck, card.ordinal
WITH c, [x IN collect(CASE WHEN d IS NULL THEN null ELSE {text: d.text, card: card.id, deck: card.deck} END) WHERE x IS NOT NULL] AS definitions
OPTIONAL MATCH (about:Card)-[:ABOUT]->(c)
  WHERE NOT coalesce(about.uncertain, false) OR coalesce(about.confirmed, false)
WITH c, definitions, about ORDER BY about.deck, about.ordinal
WITH c, definitions, [x IN collect({card: about.id, deck: about.deck}) WHERE x.card IS NOT NULL] AS cards
RETURN c.id AS id, c.name AS name, coalesce(c.aliases, []) AS aliases, definitions, cards, c.key AS key
ORDER BY key
