MATCH (d:Deck {id: $deck})
UNWIND $rows AS row
MERGE (c:Card {id: row.id})
SET c.deck = $deck, c.ordinal = row.ordinal, c.front = row.front, c.back = row.back,
    c.line = row.line, c.endLine = row.endLine
MERGE (d)-[:HAS_CARD]->(c)
