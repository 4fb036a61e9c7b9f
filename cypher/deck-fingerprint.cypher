MATCH (d:Deck {id: $id})
RETURN d.sha256 AS sha256
