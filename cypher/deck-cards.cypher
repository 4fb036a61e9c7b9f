// A deck's cards in order, each with how sure the reader was of it and the concepts it defines and is about.
MATCH (:Deck {id: $id})-[:HAS_CARD]->(card:Card)
RETURN card.id AS id, card.ordinal AS ordinal, card.front AS front, card.back AS back,
       card.line AS line, coalesce(card.endLine, card.line) AS endLine, coalesce(card.position, '') AS position,
       coalesce(card.tags, []) AS tags,
       coalesce(card.kind, 'prompt') AS kind, coalesce(card.section, '') AS section,
       coalesce(card.uncertain, false) AS uncertain, card.doubt AS doubt,
       coalesce(card.otherFront, '') AS otherFront, coalesce(card.otherBack, '') AS otherBack,
       coalesce(card.confirmed, false) AS confirmed,
       COLLECT { MATCH (card)-[:DEFINES]->(c:Concept) WITH DISTINCT c ORDER BY toLower(c.name) RETURN {id: c.id, name: c.name} } AS defines,
       COLLECT { MATCH (card)-[:ABOUT]->(c:Concept) WHERE NOT (card)-[:DEFINES]->(c) WITH DISTINCT c ORDER BY toLower(c.name) RETURN {id: c.id, name: c.name} } AS about
ORDER BY card.ordinal
