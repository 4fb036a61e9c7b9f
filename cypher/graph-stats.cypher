// How much the graph holds. Every count here is answered from Neo4j's count store, without reading
// the graph: links only ever join concepts, so one count per type, without labels, is all of them
// (with the labels Neo4j walked every link: two seconds of a 100k-card server's start).
CALL () { MATCH (d:Deck) RETURN count(d) AS decks }
CALL () { MATCH (c:Card) RETURN count(c) AS cards }
CALL () { MATCH (c:Concept) RETURN count(c) AS concepts }
CALL () { MATCH ()-[r:HAS_PART]->() RETURN count(r) AS parts }
CALL () { MATCH ()-[r:IS_A]->() RETURN count(r) AS kinds }
CALL () { MATCH ()-[r:RELATED_TO]->() RETURN count(r) AS related }
RETURN decks, cards, concepts, parts + kinds + related AS relations
