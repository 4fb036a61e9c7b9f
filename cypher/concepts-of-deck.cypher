// Concepts the deck's current cards are about: candidates for clean-up once the deck is replaced.
MATCH (:Card {deck: $deck})-[:ABOUT]->(c:Concept)
RETURN collect(DISTINCT c.key) AS keys
