// Every link between concepts, with the card it came from, for lists, orders and distractors.
// A link from a card the reader was unsure of counts only once the student confirmed the card.
MATCH (a:Concept)-[r:HAS_PART|IS_A|RELATED_TO]->(b:Concept)
OPTIONAL MATCH (card:Card {id: r.card})
WITH a, r, b, card
WHERE card IS NULL OR NOT coalesce(card.uncertain, false) OR coalesce(card.confirmed, false)
RETURN type(r) AS type, a.id AS from, b.id AS to, r.order AS order, r.card AS card,
       coalesce(card.deck, r.deck) AS deck
ORDER BY a.key, type, coalesce(r.order, 1000000), r.deck, b.key
