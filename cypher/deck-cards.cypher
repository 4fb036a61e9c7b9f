// A deck's cards in order, each with the concepts it defines and the concepts it is about.
MATCH (:Deck {id: $id})-[:HAS_CARD]->(card:Card)
RETURN card.id AS id, card.ordinal AS ordinal, card.front AS front, card.back AS back,
       card.line AS line, coalesce(card.endLine, card.line) AS endLine,
       COLLECT { MATCH (card)-[:DEFINES]->(c:Concept) WITH DISTINCT c ORDER BY toLower(c.name) RETURN {id: c.id, name: c.name} } AS defines,
       COLLECT { MATCH (card)-[:ABOUT]->(c:Concept) WHERE NOT (card)-[:DEFINES]->(c) WITH DISTINCT c ORDER BY toLower(c.name) RETURN {id: c.id, name: c.name} } AS about
ORDER BY card.ordinal
