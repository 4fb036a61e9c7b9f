// The deck's earlier RELATED_TO links were deleted in this transaction and the rows are distinct per
// (from, to), so CREATE is idempotent per deck; MERGE on {deck} let the planner seek the deck
// index and rescan every link this transaction had made, once per row.
UNWIND $rows AS row
MATCH (a:Concept {key: row.from})
MATCH (b:Concept {key: row.to})
CREATE (a)-[:RELATED_TO {deck: $deck, card: row.card, order: row.order, reason: row.reason, phrase: row.phrase}]->(b)
