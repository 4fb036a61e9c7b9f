// Changes whenever any deck is (re)imported or the graph's size changes: read caches are keyed on it.
OPTIONAL MATCH (d:Deck)
WITH d ORDER BY d.id
WITH collect(d.id + '@' + coalesce(d.sha256, '') + '@' + coalesce(toString(d.importedAt), '')) AS decks
CALL () { MATCH (c:Concept) RETURN count(c) AS concepts }
CALL () { MATCH ()-[r:HAS_PART|IS_A|RELATED_TO|DEFINES]->() RETURN count(r) AS links }
RETURN decks, concepts, links
