// The deck's earlier cards were deleted in this transaction and card ids are the deck's id plus
// the card's ordinal, so every card is new: CREATE, and the card_id constraint still checks it.
// An uncertain card is confirmed when the student chose the deck's layout (row.chosen) or once
// confirmed a card of the same text in this deck (kept on the deck, so it survives re-imports).
MATCH (d:Deck {id: $deck})
WITH d, coalesce(d.confirmed, []) AS confirmedKeys
UNWIND $rows AS row
CREATE (d)-[:HAS_CARD]->(c:Card {id: row.id, deck: $deck, ordinal: row.ordinal, front: row.front, back: row.back,
                                 line: row.line, endLine: row.endLine, position: row.position, tags: row.tags,
                                 kind: row.kind, section: row.section,
                                 uncertain: row.uncertain, doubt: row.doubt, otherFront: row.otherFront,
                                 otherBack: row.otherBack, textKey: row.textKey,
                                 confirmed: CASE WHEN row.uncertain THEN row.chosen OR row.textKey IN confirmedKeys END})
