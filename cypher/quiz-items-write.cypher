// One topic's generated quiz items (gzipped JSON), under the key of what they were made from.
UNWIND $rows AS row
MERGE (s:QuizItems {key: row.key})
SET s.topic = row.topic, s.items = row.items
