// Stored chunks of quiz items (each many topics' items, gzipped JSON, under the keys it holds); the
// quiz takes from them only the keys it asks for, so an item whose key changed is never served.
UNWIND $ids AS id
MATCH (c:QuizItemChunk {id: id})
RETURN c.id AS id, c.keys AS keys, c.items AS items
