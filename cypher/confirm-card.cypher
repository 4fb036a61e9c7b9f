// The student confirms the reading of an uncertain card. The confirmation is kept on the deck by
// the card's text key, so it survives re-imports that renumber or move the card.
MATCH (d:Deck {id: $deck})-[:HAS_CARD]->(c:Card {id: $card})
WHERE c.uncertain AND c.textKey IS NOT NULL
SET c.confirmed = true,
    d.confirmed = CASE WHEN c.textKey IN coalesce(d.confirmed, []) THEN d.confirmed
                       ELSE coalesce(d.confirmed, []) + c.textKey END,
    d.confirmedAt = datetime()
RETURN c.id AS id
