// Cards are new in this transaction (see create-cards) and the rows are distinct, so CREATE.
UNWIND $rows AS row
MATCH (card:Card {id: row.card})
MATCH (c:Concept {key: row.concept})
CREATE (card)-[:DEFINES {text: row.text}]->(c)
