// A deck with the reading asked for and found, and the lines dropped while reading it (three
// parallel lists on the node).
MATCH (d:Deck {id: $id})
RETURN d.id AS id, d.name AS name, d.source AS source, d.format AS format, coalesce(d.cardCount, 0) AS cards,
       coalesce(d.detectedLayout, 'auto') AS layout, coalesce(d.layout, 'auto') AS askedLayout,
       coalesce(d.skipLines, 0) AS skipLines, d.separator AS separator, d.cardSeparator AS cardSeparator,
       d.doubt AS doubt,
       coalesce(d.droppedLines, []) AS droppedLines, coalesce(d.droppedKinds, []) AS droppedKinds,
       coalesce(d.droppedTexts, []) AS droppedTexts, coalesce(d.droppedPositions, []) AS droppedPositions
