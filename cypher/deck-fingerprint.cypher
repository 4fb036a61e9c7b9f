// What decides whether files must be read again: each deck's bytes and the reading asked for last
// time (one query for every file of an import: a round trip each cost a 100-file start a second).
UNWIND $ids AS id
MATCH (d:Deck {id: id})
RETURN d.id AS id, d.sha256 AS sha256, d.layout AS layout, d.skipLines AS skipLines,
       d.separator AS separator, d.cardSeparator AS cardSeparator
