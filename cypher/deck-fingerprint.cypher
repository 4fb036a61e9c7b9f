// What decides whether a file must be read again: its bytes and the reading asked for last time.
MATCH (d:Deck {id: $id})
RETURN d.sha256 AS sha256, d.layout AS layout, d.skipLines AS skipLines,
       d.separator AS separator, d.cardSeparator AS cardSeparator
