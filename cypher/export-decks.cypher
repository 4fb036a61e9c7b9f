MATCH (d:Deck)
RETURN d.id AS id, d.name AS name, d.source AS source, d.format AS format, d.cardCount AS cards,
       coalesce(d.detectedLayout, 'auto') AS layout, coalesce(d.layout, 'auto') AS askedLayout,
       coalesce(d.skipLines, 0) AS skipLines, d.separator AS separator, d.cardSeparator AS cardSeparator,
       d.doubt AS doubt
ORDER BY d.source, d.id
