// A concept no card is about any more (its deck was replaced) leaves the graph.
UNWIND $keys AS key
MATCH (c:Concept {key: key})
WHERE NOT EXISTS { (:Card)-[:ABOUT]->(c) }
DETACH DELETE c
