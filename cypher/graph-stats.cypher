CALL () { MATCH (d:Deck) RETURN count(d) AS decks }
CALL () { MATCH (c:Card) RETURN count(c) AS cards }
CALL () { MATCH (c:Concept) RETURN count(c) AS concepts }
CALL () { MATCH (:Concept)-[r:HAS_PART|IS_A|RELATED_TO]->(:Concept) RETURN count(r) AS relations }
RETURN decks, cards, concepts, relations
