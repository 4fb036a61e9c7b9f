// Decks a quiz can start from.
MATCH (d:Deck)
RETURN d.id AS id, coalesce(d.name, d.source, d.id) AS name
ORDER BY toLower(coalesce(d.name, d.source, d.id)), d.id
