// Drops the stored chunks of quiz items a build no longer has topics for.
MATCH (c:QuizItemChunk)
WHERE NOT c.id IN $keep
DELETE c
