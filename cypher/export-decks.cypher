MATCH (d:Deck)
RETURN d.id AS id, d.name AS name, d.source AS source, d.format AS format, d.cardCount AS cards
ORDER BY d.source, d.id
