// Replaces chunks of generated quiz items, each with the keys of the topics it holds.
UNWIND $rows AS row
MERGE (c:QuizItemChunk {id: row.id})
SET c.keys = row.keys, c.items = row.items
