// Every concept, with the concepts it is already a kind of through links that survive this import
// (those of the decks being replaced are deleted when each is written).
MATCH (c:Concept)
RETURN c.key AS key, c.name AS name, coalesce(c.aliases, []) AS aliases,
       COLLECT { MATCH (c)-[k:IS_A]->(s:Concept) WHERE NOT k.deck IN $replacing RETURN DISTINCT s.key } AS kindOf
