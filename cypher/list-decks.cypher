MATCH (d:Deck)
RETURN d.id AS id, d.name AS name, d.source AS source, d.format AS format, coalesce(d.cardCount, 0) AS cards
ORDER BY toLower(d.name), d.id
