// Everything the concept page and GET /api/concepts/{id} show, for each concept of $ids, in one
// read: at most $limit of each list (a hub concept can have thousands), with the full counts.
UNWIND $ids AS id
MATCH (c:Concept {id: id})
RETURN c.id AS id, c.name AS name, coalesce(c.aliases, []) AS aliases,
  COLLECT {
    MATCH (deck:Deck)-[:HAS_CARD]->(card:Card)-[d:DEFINES]->(c)
    WITH deck, card, d ORDER BY toLower(deck.name), deck.id, card.ordinal
    LIMIT $limit
    RETURN {text: d.text, deck: deck.id, deckName: deck.name, card: card.id, ordinal: card.ordinal, line: card.line,
            position: coalesce(card.position, 'line ' + toString(card.line))}
  } AS definitions,
  COLLECT {
    MATCH (c)-[r:HAS_PART]->(p:Concept)
    WITH p, min(r.order) AS position
    ORDER BY coalesce(position, 2147483647), toLower(p.name)
    LIMIT $limit
    RETURN {id: p.id, name: p.name, order: position,
            definition: COLLECT { MATCH (:Card)-[d:DEFINES]->(p) RETURN d.text ORDER BY size(d.text), d.text LIMIT 1 }[0]}
  } AS parts,
  COLLECT {
    MATCH (k:Concept)-[:IS_A]->(c)
    WITH DISTINCT k ORDER BY toLower(k.name)
    LIMIT $limit
    RETURN {id: k.id, name: k.name}
  } AS kinds,
  COLLECT {
    MATCH (c)-[r:IS_A|HAS_PART]-(p:Concept)
    WHERE (type(r) = 'IS_A' AND startNode(r) = c) OR (type(r) = 'HAS_PART' AND endNode(r) = c)
    WITH DISTINCT p, type(r) AS relation ORDER BY relation DESC, toLower(p.name)
    LIMIT $limit
    RETURN {id: p.id, name: p.name, type: relation}
  } AS parents,
  COLLECT {
    MATCH (c)-[r:RELATED_TO]-(o:Concept)
    // a link whose definition says the relation is shown as that sentence, read the way it was said
    WITH o, collect(DISTINCT r.reason) AS reasons,
         collect(DISTINCT CASE WHEN r.phrase IS NULL THEN null
                               WHEN startNode(r) = c THEN c.name + ' ' + r.phrase + ' ' + o.name
                               ELSE o.name + ' ' + r.phrase + ' ' + c.name END) AS sentences
    ORDER BY toLower(o.name)
    LIMIT $limit
    RETURN {id: o.id, name: o.name, reason: reduce(s = '', x IN reasons | CASE WHEN s = '' THEN x ELSE s + '; ' + x END),
            sentence: coalesce(head(sentences), '')}
  } AS related,
  COLLECT {
    MATCH (deck:Deck)-[:HAS_CARD]->(card:Card)-[:ABOUT]->(c)
    WITH deck, card ORDER BY toLower(deck.name), deck.id, card.ordinal
    LIMIT $limit
    RETURN {id: card.id, deck: deck.id, deckName: deck.name, ordinal: card.ordinal, front: card.front, line: card.line,
            position: coalesce(card.position, 'line ' + toString(card.line))}
  } AS cards,
  {definitions: COUNT { (:Card)-[:DEFINES]->(c) }, parts: COUNT { MATCH (c)-[:HAS_PART]->(p:Concept) RETURN DISTINCT p },
   kinds: COUNT { MATCH (k:Concept)-[:IS_A]->(c) RETURN DISTINCT k },
   parents: COUNT { MATCH (c)-[r:IS_A|HAS_PART]-(p:Concept)
                    WHERE (type(r) = 'IS_A' AND startNode(r) = c) OR (type(r) = 'HAS_PART' AND endNode(r) = c)
                    RETURN DISTINCT p, type(r) AS relation },
   related: COUNT { MATCH (c)-[:RELATED_TO]-(o:Concept) RETURN DISTINCT o }, cards: COUNT { (:Card)-[:ABOUT]->(c) }} AS totals
