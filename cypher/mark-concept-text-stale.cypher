// Concepts whose names, aliases or definitions this deck changed: their indexed text is rebuilt
// once per group of decks (refresh-stale-concept-text), not once per deck. The label is written in
// the deck's own transaction, so a killed import leaves it behind and the next start repairs it.
UNWIND $keys AS key
MATCH (c:Concept {key: key})
SET c:StaleText
