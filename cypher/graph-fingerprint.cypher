// Changes whenever any deck is (re)imported, a card of it confirmed, or the graph's size changes:
// read caches and quiz items are keyed on it.
OPTIONAL MATCH (d:Deck)
WITH d ORDER BY d.id
WITH collect(d.id + '@' + coalesce(d.sha256, '') + '@' + coalesce(toString(d.importedAt), '')
             + '@' + coalesce(toString(d.confirmedAt), '')) AS decks
CALL () { MATCH (c:Concept) RETURN count(c) AS concepts }
CALL () { MATCH ()-[r:HAS_PART|IS_A|RELATED_TO|DEFINES]->() RETURN count(r) AS links }
RETURN decks, concepts, links
