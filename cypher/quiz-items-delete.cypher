// Stored quiz items made from what the graph no longer holds.
UNWIND $keys AS key
MATCH (s:QuizItems {key: key})
DELETE s
