// The deck's earlier cards were deleted in this transaction and card ids are the deck's id plus
// the card's ordinal, so every card is new: CREATE, and the card_id constraint still checks it.
MATCH (d:Deck {id: $deck})
UNWIND $rows AS row
CREATE (d)-[:HAS_CARD]->(c:Card {id: row.id, deck: $deck, ordinal: row.ordinal, front: row.front, back: row.back,
                                 line: row.line, endLine: row.endLine})
