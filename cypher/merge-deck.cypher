// layout/skipLines/separator/cardSeparator: the reading the student asked for, remembered for the
// next import of the deck (no separator and cardSeparator: the reader finds them);
// detectedLayout and doubt: the layout the reader used or found, and why it is unsure of it.
// d.confirmed (the student's confirmed cards, by text key) is left alone: it outlives re-imports.
MERGE (d:Deck {id: $deck.id})
SET d.name = $deck.name, d.source = $deck.source, d.format = $deck.format,
    d.sha256 = $deck.sha256, d.cardCount = $deck.cardCount,
    d.layout = $deck.layout, d.skipLines = $deck.skipLines,
    d.separator = $deck.separator, d.cardSeparator = $deck.cardSeparator,
    d.detectedLayout = $deck.detectedLayout, d.doubt = $deck.doubt, d.uncertainCount = $deck.uncertainCount,
    d.droppedLines = $deck.droppedLines, d.droppedKinds = $deck.droppedKinds, d.droppedTexts = $deck.droppedTexts,
    d.droppedPositions = $deck.droppedPositions,
    d.importedAt = datetime()
