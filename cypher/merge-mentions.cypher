UNWIND $rows AS row
MATCH (card:Card {id: row.card})
MATCH (c:Concept {key: row.concept})
MERGE (card)-[:ABOUT]->(c)
