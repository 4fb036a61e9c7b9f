// Every concept, with the concepts it is already a kind of and its parts in order, through links
// that survive this import (those of the decks being replaced are deleted when each is written).
MATCH (c:Concept)
RETURN c.key AS key, c.name AS name, coalesce(c.aliases, []) AS aliases,
       COLLECT { MATCH (c)-[k:IS_A]->(s:Concept) WHERE NOT k.deck IN $replacing RETURN DISTINCT s.key } AS kindOf,
       COLLECT {
         MATCH (c)-[p:HAS_PART]->(m:Concept) WHERE NOT p.deck IN $replacing
         WITH m, min(p.order) AS position
         RETURN m.key ORDER BY coalesce(position, 2147483647), m.key
       } AS parts,
       EXISTS { MATCH (c)-[p:HAS_PART]->(:Concept) WHERE NOT p.deck IN $replacing AND p.order IS NOT NULL } AS ordered
