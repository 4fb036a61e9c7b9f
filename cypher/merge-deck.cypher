MERGE (d:Deck {id: $deck.id})
SET d.name = $deck.name, d.source = $deck.source, d.format = $deck.format,
    d.sha256 = $deck.sha256, d.cardCount = $deck.cardCount,
    d.droppedLines = $deck.droppedLines, d.droppedKinds = $deck.droppedKinds, d.droppedTexts = $deck.droppedTexts,
    d.importedAt = datetime()
